#!/usr/bin/env python3
"""Writes the seed migrations of trade-data-service from the suite's shared data files.

Run once by a developer when the shared data changes (the service never reads /work/shared at run
time; the facts live in the generated migrations):

    python3 trade-data-service/tools/generate-seed-sql.py ../shared/data trade-data-service/src/main/resources/db/migration

It writes V3__seed_partners_and_hs_products.sql, V4__seed_trade_flows.sql and
V6__seed_non_tariff_barriers.sql. V5 (tariff measures) is written by hand from DOMAIN.md and the
negotiation timeline, because no CSV holds the measures.
"""
import csv
import sys
from pathlib import Path

VINTAGE = "seed-2025"

# Short HS chapter titles (abbreviated from the WCO nomenclature).
HS2 = {
    "01": "Live animals", "02": "Meat and edible meat offal",
    "03": "Fish and crustaceans, molluscs and other aquatic invertebrates",
    "04": "Dairy produce; birds' eggs; natural honey; edible animal products n.e.s.",
    "05": "Products of animal origin n.e.s.",
    "06": "Live trees and other plants; bulbs, roots; cut flowers and ornamental foliage",
    "07": "Edible vegetables and certain roots and tubers",
    "08": "Edible fruit and nuts; peel of citrus fruit or melons",
    "09": "Coffee, tea, mate and spices", "10": "Cereals",
    "11": "Products of the milling industry; malt; starches; inulin; wheat gluten",
    "12": "Oil seeds and oleaginous fruits; miscellaneous grains, seeds and fruit; industrial or medicinal plants; straw and fodder",
    "13": "Lac; gums, resins and other vegetable saps and extracts",
    "14": "Vegetable plaiting materials; vegetable products n.e.s.",
    "15": "Animal or vegetable fats and oils; prepared edible fats; waxes",
    "16": "Preparations of meat, fish or crustaceans, molluscs or other aquatic invertebrates",
    "17": "Sugars and sugar confectionery", "18": "Cocoa and cocoa preparations",
    "19": "Preparations of cereals, flour, starch or milk; pastrycooks' products",
    "20": "Preparations of vegetables, fruit, nuts or other parts of plants",
    "21": "Miscellaneous edible preparations", "22": "Beverages, spirits and vinegar",
    "23": "Residues and waste from the food industries; prepared animal fodder",
    "24": "Tobacco and manufactured tobacco substitutes",
    "25": "Salt; sulphur; earths and stone; plastering materials, lime and cement",
    "26": "Ores, slag and ash",
    "27": "Mineral fuels, mineral oils and products of their distillation; bituminous substances; mineral waxes",
    "28": "Inorganic chemicals; compounds of precious metals, rare-earth metals, radioactive elements",
    "29": "Organic chemicals", "30": "Pharmaceutical products", "31": "Fertilisers",
    "32": "Tanning or dyeing extracts; dyes, pigments, paints and varnishes; inks",
    "33": "Essential oils and resinoids; perfumery, cosmetic or toilet preparations",
    "34": "Soap, washing and lubricating preparations, waxes, polishes, candles",
    "35": "Albuminoidal substances; modified starches; glues; enzymes",
    "36": "Explosives; pyrotechnic products; matches; pyrophoric alloys",
    "37": "Photographic or cinematographic goods", "38": "Miscellaneous chemical products",
    "39": "Plastics and articles thereof", "40": "Rubber and articles thereof",
    "41": "Raw hides and skins (other than furskins) and leather",
    "42": "Articles of leather; saddlery and harness; travel goods, handbags and similar containers",
    "43": "Furskins and artificial fur; manufactures thereof",
    "44": "Wood and articles of wood; wood charcoal", "45": "Cork and articles of cork",
    "46": "Manufactures of straw or other plaiting materials; basketware and wickerwork",
    "47": "Pulp of wood or other fibrous cellulosic material; recovered paper or paperboard",
    "48": "Paper and paperboard; articles of paper pulp, paper or paperboard",
    "49": "Printed books, newspapers, pictures and other products of the printing industry",
    "50": "Silk", "51": "Wool, fine or coarse animal hair; horsehair yarn and woven fabric",
    "52": "Cotton", "53": "Other vegetable textile fibres; paper yarn and woven fabrics of paper yarn",
    "54": "Man-made filaments; strip and the like of man-made textile materials",
    "55": "Man-made staple fibres",
    "56": "Wadding, felt and nonwovens; special yarns; twine, cordage, ropes and cables",
    "57": "Carpets and other textile floor coverings",
    "58": "Special woven fabrics; tufted textile fabrics; lace; tapestries; trimmings; embroidery",
    "59": "Impregnated, coated, covered or laminated textile fabrics; textile articles for industrial use",
    "60": "Knitted or crocheted fabrics",
    "61": "Articles of apparel and clothing accessories, knitted or crocheted",
    "62": "Articles of apparel and clothing accessories, not knitted or crocheted",
    "63": "Other made-up textile articles; sets; worn clothing and worn textile articles; rags",
    "64": "Footwear, gaiters and the like; parts of such articles",
    "65": "Headgear and parts thereof",
    "66": "Umbrellas, walking sticks, seat-sticks, whips, riding-crops and parts thereof",
    "67": "Prepared feathers and down; artificial flowers; articles of human hair",
    "68": "Articles of stone, plaster, cement, asbestos, mica or similar materials",
    "69": "Ceramic products", "70": "Glass and glassware",
    "71": "Pearls, precious or semi-precious stones, precious metals; imitation jewellery; coin",
    "72": "Iron and steel", "73": "Articles of iron or steel", "74": "Copper and articles thereof",
    "75": "Nickel and articles thereof", "76": "Aluminium and articles thereof",
    "78": "Lead and articles thereof", "79": "Zinc and articles thereof", "80": "Tin and articles thereof",
    "81": "Other base metals; cermets; articles thereof",
    "82": "Tools, implements, cutlery, spoons and forks, of base metal",
    "83": "Miscellaneous articles of base metal",
    "84": "Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof",
    "85": "Electrical machinery and equipment and parts thereof; sound and television recorders",
    "86": "Railway or tramway locomotives, rolling stock and parts; track fixtures; traffic signalling equipment",
    "87": "Vehicles other than railway or tramway rolling stock, and parts and accessories thereof",
    "88": "Aircraft, spacecraft, and parts thereof", "89": "Ships, boats and floating structures",
    "90": "Optical, photographic, measuring, checking, precision, medical or surgical instruments",
    "91": "Clocks and watches and parts thereof",
    "92": "Musical instruments; parts and accessories of such articles",
    "93": "Arms and ammunition; parts and accessories thereof",
    "94": "Furniture; bedding, mattresses, cushions; lamps and lighting fittings n.e.s.; prefabricated buildings",
    "95": "Toys, games and sports requisites; parts and accessories thereof",
    "96": "Miscellaneous manufactured articles", "97": "Works of art, collectors' pieces and antiques",
    "98": "Special classification provisions (US)",
    "99": "Temporary legislation; temporary modifications (US)",
}

# Headings the seed refers to that the product file does not describe (NTB products, talks).
HS4 = {
    "0102": "Live bovine animals",
    "0201": "Meat of bovine animals, fresh or chilled",
    "0202": "Meat of bovine animals, frozen",
    "1001": "Wheat and meslin",
    "1507": "Soya-bean oil and its fractions",
    "1512": "Sunflower-seed, safflower or cotton-seed oil and their fractions",
    "1514": "Rape, colza or mustard oil and their fractions",
    "2709": "Petroleum oils, crude",
    "2711": "Petroleum gases, including liquefied natural gas (LNG)",
    "3004": "Medicaments in measured doses or packed for retail sale",
    "3808": "Insecticides, rodenticides, fungicides, herbicides and similar products",
    "8703": "Motor cars and other motor vehicles for the transport of persons",
}

# HS products each catalogued barrier affects, where the catalogue text names them.
AFFECTED = {
    "TAR-1": ["8703"],                   # "high rates on automobiles"
    "LIC-1": ["3808"],                   # "pesticide active ingredients"
    "BAN-1": ["1001"],                   # "ban on wheat imports"
    "SPS-1": ["1201"],                   # "GE oilseeds ... US soybean exports fell"
    "SPS-2": ["5201"],                   # "fumigation ... demanded for US cotton"
    "SPS-3": ["0102", "0201", "0202"],   # "US beef access"; "bans on live animals" (BSE: bovines)
    "TBT-1": ["1507", "1512", "1514"],   # "refined vegetable oil must be imported in bulk"
    "PHA-1": ["3004"],                   # "drug prices"
    "IP-2": ["3004"],                    # "pharmaceutical test data"
}

PRECISION = {  # precision text of us-pakistan-trade-totals.csv -> (precision, rounding unit)
    "rounded to 0.1 bn": ("ROUNDED", 100_000_000),
    "rounded to 1 M": ("ROUNDED", 1_000_000),
    "rounded to 10 M": ("ROUNDED", 10_000_000),
    "exact sum of HS2 rows": ("EXACT", None),
    "derived from 2024 and its change": ("DERIVED", None),
}


def q(value):
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def rows_of(path):
    with open(path, newline="", encoding="utf-8") as f:
        # line 1 is the header; DictReader yields data rows from line 2 on
        return [(line, row) for line, row in enumerate(csv.DictReader(f), start=2)]


def batch(out, file_name, row_count):
    out.append(f"INSERT INTO import_batch (id, source, vintage, file_name, row_count, imported_at)\n"
               f"VALUES (nextval('import_batch_seq'), {q('seed data set: ' + file_name)}, {q(VINTAGE)}, "
               f"{q(file_name)}, {row_count}, TIMESTAMPTZ '2026-03-01 00:00:00+00');")


def flows(out, values):
    out.append("INSERT INTO trade_flow (reporter, partner, period, period_basis, year, direction, product_level, hs_code,\n"
               "    value_usd, calculated_duty_usd, source, value_precision, precision_note, rounding_unit_usd, vintage,\n"
               "    import_batch_id, source_line) VALUES")
    out.append(",\n".join("    (" + ", ".join(v) + ", currval('import_batch_seq'), " + str(line) + ")"
                          for line, v in values) + ";")


def flow(reporter, partner, period, basis, year, direction, level, hs, value, duty, source, precision, note, unit):
    return [q(reporter), q(partner), q(period), q(basis), str(year), q(direction), q(level), q(hs), str(value),
            q(duty), q(source), q(precision), q(note), q(unit), q(VINTAGE)]


def main(data, target):
    data, target = Path(data), Path(target)
    header = ("-- Generated by tools/generate-seed-sql.py from the suite's shared data set ({}).\n"
              "-- Do not edit by hand: change the data and generate again (as a new migration once released).\n")

    # V3: partners and HS product names
    products = rows_of(data / "us-exports-to-pakistan-top-products.csv")
    names = dict(HS2)
    names.update(HS4)
    names.update({row["hs_code"]: row["product"] for _, row in products})
    out = [header.format("HS chapter titles; product names of us-exports-to-pakistan-top-products.csv"),
           "-- Vietnam and the United Kingdom: the other partners of reciprocal-rate-examples.csv (Census codes 5520, 4120).",
           "INSERT INTO partner (iso_code, name, census_code) VALUES ('VN', 'Vietnam', '5520'), ('GB', 'United Kingdom', '4120');",
           "",
           "INSERT INTO hs_product (hs_code, description) VALUES",
           ",\n".join(f"    ({q(code)}, {q(names[code])})" for code in sorted(names)) + ";"]
    (target / "V3__seed_partners_and_hs_products.sql").write_text("\n".join(out) + "\n", encoding="utf-8")

    # V4: trade flows, one import batch per seed file
    out = [header.format("us-imports-from-pakistan-2024-by-hs2.csv, us-pakistan-trade-totals.csv, "
                         "us-exports-to-pakistan-top-products.csv, reciprocal-rate-examples.csv")]

    hs2 = rows_of(data / "us-imports-from-pakistan-2024-by-hs2.csv")
    out.append("\n-- US imports from Pakistan, calendar 2024, by HS chapter: US Census, exact dollars (US ledger).")
    batch(out, "us-imports-from-pakistan-2024-by-hs2.csv", len(hs2))
    flows(out, [(line, flow("US", "PK", "2024", "CALENDAR_YEAR", 2024, "IMPORT", "HS2", row["hs2"],
                            int(row["us_imports_usd"]), int(row["calculated_duty_usd"]),
                            "US Census general imports by HS2 as compiled in tradewartracker/trade-war-redux-2025",
                            "EXACT", "exact Census value", None)) for line, row in hs2])

    totals = rows_of(data / "us-pakistan-trade-totals.csv")
    values = []
    for line, row in totals:
        precision, unit = PRECISION[row["precision"]]
        if row["basis"] == "calendar year":
            basis, period, year = "CALENDAR_YEAR", row["year"], int(row["year"])
        else:  # "FY2024-25": the fiscal year ends in 2025
            basis, period, year = "FISCAL_YEAR", row["year"], int(row["year"][2:6]) + 1
        # The columns are US exports / US imports. For the US as reporter that is its EXPORT / IMPORT;
        # for Pakistan as reporter, US exports to Pakistan are Pakistan's IMPORTS from the US.
        us_exports, us_imports = row["us_exports_usd"], row["us_imports_usd"]
        if row["reporter"] == "US":
            pairs = [("EXPORT", us_exports), ("IMPORT", us_imports)]
        else:
            pairs = [("IMPORT", us_exports), ("EXPORT", us_imports)]
        for direction, value in pairs:
            if value:
                values.append((line, flow(row["reporter"], row["partner"], period, basis, year, direction, "TOTAL",
                                          None, int(value), None, row["source"], precision, row["precision"], unit)))
    out.append("\n-- Bilateral totals of both ledgers: US-side (calendar years) and Pakistan-side mirror (July-June).")
    batch(out, "us-pakistan-trade-totals.csv", len(values))
    flows(out, values)

    out.append("\n-- Top US exports to Pakistan as Pakistan reports its imports from the US, FY2024-25 (Pakistan's ledger).\n"
               "-- The values are whole millions as reported: held as ROUNDED to 1 M.")
    batch(out, "us-exports-to-pakistan-top-products.csv", len(products))
    flows(out, [(line, flow("PK", "US", row["period"], "FISCAL_YEAR", int(row["period"][2:6]) + 1, "IMPORT", "HS4",
                            row["hs_code"], int(row["value_usd"]), None, row["source"], "ROUNDED",
                            "as reported, in whole millions", 1_000_000)) for line, row in products])

    examples = [(line, row) for line, row in rows_of(data / "reciprocal-rate-examples.csv")
                if row["partner"] in ("Vietnam", "United Kingdom")]
    iso = {"Vietnam": "VN", "United Kingdom": "GB"}
    values = []
    for line, row in examples:
        for direction, column in (("IMPORT", "us_imports_usd_2024"), ("EXPORT", "us_exports_usd_2024")):
            values.append((line, flow("US", iso[row["partner"]], "2024", "CALENDAR_YEAR", 2024, direction, "TOTAL", None,
                                      int(row[column]), None, "US Census 2024 as used for the USTR reciprocal rates (rounded)",
                                      "ROUNDED", "rounded to 0.1 bn", 100_000_000)))
    out.append("\n-- US trade with Vietnam and the United Kingdom, 2024, rounded Census figures (the formula's other examples).\n"
               "-- The Pakistan row of that file is a test value, not data, and is not seeded.")
    batch(out, "reciprocal-rate-examples.csv", len(values))
    flows(out, values)
    (target / "V4__seed_trade_flows.sql").write_text("\n".join(out) + "\n", encoding="utf-8")

    # V6: the NTB catalogue
    barriers = rows_of(data / "ntb-catalogue-pakistan.csv")
    out = [header.format("ntb-catalogue-pakistan.csv"),
           "-- The 21 barriers the US has listed about Pakistan, all LISTED. The source does not give a listing date,",
           "-- so the initial history entry has none. blocked_trade_usd stays NULL: no source gives a figure.",
           "-- Affected products only where the catalogue text names the goods."]
    for line, row in barriers:
        out.append("")
        out.append("INSERT INTO non_tariff_barrier (id, code, imposer, listed_by, mast_chapter, category, title, description,\n"
                   "    source, status, status_since) VALUES\n"
                   f"    (nextval('non_tariff_barrier_seq'), {q(row['code'])}, 'PK', 'US', {q(row['mast_chapter'])}, "
                   f"{q(row['category'])},\n     {q(row['title'])},\n     {q(row['description'])},\n"
                   f"     {q(row['source'])}, 'LISTED', NULL);")
        out.append("INSERT INTO barrier_status_change (id, barrier_id, from_status, status, effective_on, note, recorded_at) VALUES\n"
                   "    (nextval('barrier_status_change_seq'), currval('non_tariff_barrier_seq'), NULL, 'LISTED', NULL,\n"
                   f"     {q('listed in ' + row['source'] + ' (ntb-catalogue-pakistan.csv line ' + str(line) + ')')}, "
                   "TIMESTAMPTZ '2026-03-01 00:00:00+00');")
        for code in AFFECTED.get(row["code"], []):
            out.append(f"INSERT INTO barrier_affected_product (barrier_id, hs_code) VALUES (currval('non_tariff_barrier_seq'), {q(code)});")
    (target / "V6__seed_non_tariff_barriers.sql").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
