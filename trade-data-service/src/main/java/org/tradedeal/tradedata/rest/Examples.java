package org.tradedeal.tradedata.rest;

/** Example bodies for the OpenAPI document: requests a reader can paste, answers as the service gives them. */
final class Examples {

    private Examples() {
    }

    static final String PROBLEM = "application/problem+json";

    static final String IDEMPOTENCY_KEY_REUSED_PROBLEM = """
            {"type":"urn:tradedeal:problem:idempotency-key-reused","status":422,"title":"Idempotency-Key reused",
             "detail":"The Idempotency-Key 5f0c6a1e-8d7b-4c1e-9a55-0b4c9d1e2f30 was used for another request (another body or address); use a new key for a new request.",
             "field":"Idempotency-Key"}""";

    static final String VALIDATION_PROBLEM = """
            {"type":"urn:tradedeal:problem:validation","status":400,"title":"Bad Request",
             "instance":"/api/v1/formula/reciprocal-rate",
             "violations":[{"field":"usImportsUsd","in":"body","message":"must be greater than 0"}]}""";

    static final String NOT_FOUND_PROBLEM = """
            {"type":"urn:tradedeal:problem:not-found","status":404,"title":"Not Found",
             "detail":"No partner with ISO code ZZ","instance":"/api/v1/partners/ZZ"}""";

    static final String NO_TRADE_DATA_PROBLEM = """
            {"type":"urn:tradedeal:problem:no-trade-data","status":404,"title":"No trade data",
             "detail":"The ledger of US holds no trade with PK for 1999.","instance":"/api/v1/baselines"}""";

    static final String ALREADY_EXISTS_PROBLEM = """
            {"type":"urn:tradedeal:problem:already-exists","status":409,"title":"Already exists",
             "detail":"A partner with ISO code PK exists already.","instance":"/api/v1/partners"}""";

    static final String TARGET_BELOW_FLOOR_PROBLEM = """
            {"type":"urn:tradedeal:problem:target-below-floor","status":400,"title":"Target rate out of reach",
             "detail":"A target of 8% cannot be reached: the reciprocal rate is max(10, ceil(charged / 2)), a whole percent and never below the 10% floor. Ask for 10 or more.",
             "floorPct":10,"violations":[{"field":"targetRatePct","in":"body","message":"must be a whole percent of at least 10"}]}""";

    static final String INVALID_SHARES_PROBLEM = """
            {"type":"urn:tradedeal:problem:invalid-shares","status":400,"title":"Shares do not add up",
             "detail":"The shares of the allocation are fractions and must sum to exactly 1; they sum to 0.9.",
             "sharesSum":0.9,"violations":[{"field":"allocation","in":"body","message":"shares must sum to exactly 1"}]}""";

    static final String ILLEGAL_TRANSITION_PROBLEM = """
            {"type":"urn:tradedeal:problem:illegal-status-change","status":409,"title":"Status change not allowed",
             "detail":"Barrier SPS-1 of PK cannot move from OFFERED to LISTED; allowed next: [LEGISLATED, REMOVAL_VERIFIED].",
             "fromStatus":"OFFERED","toStatus":"LISTED","allowed":["LEGISLATED","REMOVAL_VERIFIED"]}""";

    static final String INVALID_CSV_PROBLEM = """
            {"type":"urn:tradedeal:problem:invalid-csv","status":422,"title":"The CSV file was rejected",
             "detail":"2 of 3 data rows are invalid; nothing was imported.","badRowCount":2,"rowsRead":3,"errorsTruncated":false,
             "errors":[{"line":3,"field":"value_usd","value":"-5","message":"must not be negative"},
                       {"line":4,"field":"hs_code","value":"201","message":"must have exactly 4 digits for HS4 (keep leading zeros)"}]}""";

    static final String PARTNER = """
            {"isoCode":"PK","name":"Pakistan","censusCode":"5350"}""";

    static final String PARTNER_INPUT = """
            {"isoCode":"BD","name":"Bangladesh","censusCode":"5380"}""";

    static final String CALCULATOR_REQUEST = """
            {"usImportsUsd":5107479000,"usExportsUsd":2150000000,"epsilon":4,"phi":0.25}""";

    static final String RECIPROCAL_RATE = """
            {"deficitRatioPct":57.9,"chargedPct":58,"ratePct":29,"epsilon":4,"phi":0.25,"chargedUnroundedPct":57.9049,
             "halfChargedPct":28.9524,"floorApplied":false,"importsUsd":5107479000,"exportsUsd":2150000000,"balanceUsd":-2957479000}""";

    static final String INVERSE_CALCULATOR_REQUEST = """
            {"usImportsUsd":5107479000,"usExportsUsd":2100000000,"targetRatePct":19,
             "allocation":[{"hsCode":"5201","share":0.5},{"hsCode":"1201","share":0.3},{"hsCode":"2711","share":0.2}]}""";

    static final String INVERSE = """
            {"targetRatePct":19,"importsUsd":5107479000,"exportsUsd":2100000000,"requiredExportsUsd":3166636980,
             "additionalExportsUsd":1066636980,"alreadyMet":false,
             "current":{"deficitRatioPct":58.88,"chargedPct":59,"ratePct":30,"epsilon":4,"phi":0.25,"floorApplied":false},
             "atAnswer":{"deficitRatioPct":38,"chargedPct":38,"ratePct":19,"epsilon":4,"phi":0.25,"floorApplied":false},
             "oneDollarLess":{"deficitRatioPct":38,"chargedPct":38,"ratePct":20,"epsilon":4,"phi":0.25,"floorApplied":false},
             "allocation":[{"hsCode":"5201","description":"Cotton, not carded or combed","share":0.5,"additionalUsd":533318490},
                           {"hsCode":"1201","description":"Soybeans","share":0.3,"additionalUsd":319991094},
                           {"hsCode":"2711","description":"Petroleum gases, including liquefied natural gas (LNG)","share":0.2,"additionalUsd":213327396}]}""";

    static final String DATA_INVERSE_REQUEST = """
            {"reporter":"US","partner":"PK","year":2024,"targetRatePct":19,
             "allocation":[{"hsCode":"5201","share":0.6},{"hsCode":"1201","share":0.4}]}""";

    static final String WHAT_IF_REQUEST = """
            {"reporter":"US","partner":"PK","year":2024,
             "addedExports":[{"hsCode":"5201","addedUsd":500000000},{"hsCode":"1201","addedUsd":300000000}]}""";

    static final String RATE_ANSWER = """
            {"reporter":"US","partner":"PK","year":2024,"basis":"CALENDAR_YEAR","period":"2024",
             "imports":{"valueUsd":5107479000,"precision":"EXACT","precisionNote":"exact sum of HS2 rows","derivation":"TOTAL_ROW"},
             "exports":{"valueUsd":2100000000,"precision":"ROUNDED","precisionNote":"rounded to 0.1 bn","roundingUnitUsd":100000000},
             "inputsExact":false,
             "reciprocalRate":{"deficitRatioPct":58.88,"chargedPct":59,"ratePct":30,"epsilon":4,"phi":0.25},
             "published":{"publishedRatePct":29,"publishedChargedPct":58,"formulaRatePct":30,"agrees":false,
                          "exportsWindow":{"minExportsUsd":2145141180,"maxExportsUsd":2170678575},"exportsUsedInWindow":false,
                          "explanation":"Published rate: 29% (charged 58%) ... the difference comes from the rounding of the input, not from the formula. Later measures: 19% under IEEPA_RECIPROCAL from 2025-08-07 (VOIDED 2026-02-20); 10% under SECTION_122 announced 2026-02-20 (ANNOUNCED)."}}""";

    static final String BASELINE = """
            {"reporter":"US","partner":"PK","year":2024,"basis":"CALENDAR_YEAR","period":"2024",
             "dataVintage":"sha256:3f2a...","importsUsd":5107479000,"exportsUsd":2100000000,
             "imports":{"valueUsd":5107479000,"precision":"EXACT","source":"US Census general imports by HS2 as compiled in tradewartracker/trade-war-redux-2025","vintage":"seed-2025"},
             "exports":{"valueUsd":2100000000,"precision":"ROUNDED","source":"USTR country page citing US Census (exports +4.4%, imports +4.9% on 2023; deficit 3.0 bn)","vintage":"seed-2025"},
             "importsByProduct":[{"hsCode":"63","description":"Other made-up textile articles; sets; worn clothing and worn textile articles; rags","valueUsd":1454640064,"ledger":"REPORTER","period":"2024"}],
             "exportsByProduct":[{"hsCode":"5201","description":"Cotton, not carded or combed","valueUsd":393000000,"ledger":"PARTNER_MIRROR","period":"FY2024-25"}],
             "measures":[{"id":101,"imposer":"US","target":"PK","authority":"IEEPA_RECIPROCAL","ratePct":19,"status":"VOIDED","validFrom":"2025-08-07","validUntil":"2026-02-20"}],
             "barriers":[{"code":"SPS-1","title":"Biotech (GE) approvals for soybeans and oilseeds","mastChapter":"A","category":"sps","status":"LISTED","affectedProducts":["1201"],"blockedTradeUsd":null}],
             "reciprocalRate":{"deficitRatioPct":58.88,"chargedPct":59,"ratePct":30,"epsilon":4,"phi":0.25}}""";

    static final String TRADE_BALANCE = """
            {"reporter":"US","partner":"PK","year":2024,"basis":"CALENDAR_YEAR","period":"2024",
             "imports":{"valueUsd":5107479000,"precision":"EXACT"},"exports":{"valueUsd":2100000000,"precision":"ROUNDED"},
             "balanceUsd":-3007479000,
             "importsByProduct":[{"hsCode":"63","valueUsd":1454640064,"ledger":"REPORTER"}],
             "exportsByProduct":[{"hsCode":"5201","valueUsd":393000000,"ledger":"PARTNER_MIRROR","period":"FY2024-25"}],
             "notes":["IMPORT: the 84 HS chapter rows of \\"US Census general imports by HS2 ...\\" sum to 5,107,479,031 USD, 31 USD more than its total row (5,107,479,000 USD)."]}""";

    static final String TRADE_FLOW_INPUT = """
            {"reporter":"US","partner":"PK","period":"2025","direction":"EXPORT","productLevel":"HS4","hsCode":"5201",
             "valueUsd":412000000,"precision":"EXACT","source":"US Census exports by HS4","vintage":"2025-annual"}""";

    static final String TRADE_FLOW = """
            {"id":5001,"reporter":"US","partner":"PK","period":"2025","basis":"CALENDAR_YEAR","year":2025,"direction":"EXPORT",
             "productLevel":"HS4","hsCode":"5201","valueUsd":412000000,"calculatedDutyUsd":null,"precision":"EXACT",
             "precisionNote":null,"roundingUnitUsd":null,"source":"US Census exports by HS4","vintage":"2025-annual",
             "importBatchId":null,"sourceLine":null}""";

    static final String CSV_BODY = """
            reporter,partner,period,basis,direction,product_level,hs_code,value_usd,precision,precision_note
            US,PK,2025,CALENDAR_YEAR,EXPORT,HS4,5201,412000000,EXACT,
            US,5350,2025,CALENDAR_YEAR,EXPORT,TOTAL,,2260000000,ROUNDED,rounded to 10 M
            """;

    static final String IMPORT_RESULT = """
            {"batch":{"id":251,"source":"US Census exports by HS4","vintage":"2025-annual","fileName":"exports-2025.csv",
                      "rowCount":2,"importedAt":"2026-11-28T09:00:00Z","replacedBy":null,"replacedAt":null},
             "replacedBatchIds":[201],"durationMillis":35}""";

    static final String MEASURE = """
            {"id":101,"imposer":"US","target":"PK","authority":"IEEPA_RECIPROCAL","ratePct":19,"status":"VOIDED",
             "validFrom":"2025-08-07","validUntil":"2026-02-20","title":"Reciprocal tariff: modified country rate for Pakistan after the July 2025 deal",
             "announcedOn":"2025-07-31","history":[{"status":"ANNOUNCED","effectiveOn":"2025-07-31"},
             {"fromStatus":"ANNOUNCED","status":"IN_FORCE","effectiveOn":"2025-08-07"},{"fromStatus":"IN_FORCE","status":"VOIDED","effectiveOn":"2026-02-20"}]}""";

    static final String MEASURE_INPUT = """
            {"imposer":"US","target":"PK","authority":"SECTION_232","ratePct":25,"status":"ANNOUNCED","announcedOn":"2026-03-10",
             "title":"Steel and aluminium tariff","source":"Federal Register"}""";

    static final String MEASURE_STATUS_INPUT = """
            {"status":"IN_FORCE","effectiveOn":"2026-03-12","note":"in force after publication"}""";

    static final String BARRIER = """
            {"id":451,"code":"SPS-1","imposer":"PK","listedBy":"US","title":"Biotech (GE) approvals for soybeans and oilseeds",
             "mastChapter":"A","category":"sps","status":"LISTED","statusSince":null,"affectedProducts":["1201"],
             "blockedTradeUsd":null,"blockedTradeSource":null,
             "history":[{"status":"LISTED","effectiveOn":null,"note":"listed in USDA FAS Agricultural Biotechnology Annual - Pakistan"}]}""";

    static final String BARRIER_INPUT = """
            {"code":"SPS-4","imposer":"PK","listedBy":"US","mastChapter":"A","category":"sps",
             "title":"Poultry import certificates","description":"Certificates for poultry meat not agreed",
             "source":"USTR 2026 NTE - Pakistan","listedOn":"2026-03-31","affectedProducts":["0207"]}""";

    static final String BARRIER_STATUS_INPUT = """
            {"status":"OFFERED","effectiveOn":"2025-06-25","note":"offered for removal in the technical round"}""";
}
