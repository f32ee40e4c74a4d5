package org.tradedeal.rules.support;

import org.tradedeal.rules.api.BarrierInput;
import org.tradedeal.rules.api.BarrierRemovalInput;
import org.tradedeal.rules.api.BaselineInput;
import org.tradedeal.rules.api.DraftInput;
import org.tradedeal.rules.api.EvaluationRequest;
import org.tradedeal.rules.api.ProductTradeInput;
import org.tradedeal.rules.api.PurchaseInput;
import org.tradedeal.rules.api.TariffCutInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixtures: the Pakistan-US 2024 baseline as trade-data-service serves it from the seed data
 * (US imports 5,107,479,000 exact, exports 2.1 bn rounded; US exports by product from Pakistan's FY2024-25
 * mirror data; the 21 listed barriers with the products they affect), and small builders of drafts.
 */
public final class Scenario {

    public static final LocalDate DEADLINE = LocalDate.of(2025, 7, 9);
    public static final BigDecimal TARGET = BigDecimal.valueOf(19);

    private Scenario() {
    }

    public static BaselineInput pakistanUs2024() {
        return new BaselineInput("US", "PK", 2024, "sha256:seed", usd(5_107_479_000L), usd(2_100_000_000L),
                List.of(export("5201", "Cotton, not carded or combed", 393_000_000L),
                        export("7204", "Ferrous waste and scrap", 160_000_000L),
                        export("1201", "Soybeans", 137_000_000L),
                        export("2701", "Coal", 56_000_000L),
                        export("8411", "Turbojets, turbopropellers and gas turbines", 50_000_000L),
                        export("8471", "Automatic data-processing machines", 40_000_000L),
                        export("2710", "Petroleum oils (not crude)", 38_000_000L),
                        export("9018", "Medical and surgical instruments", 36_000_000L),
                        export("0802", "Tree nuts", 33_000_000L)),
                List.of(barrier("TAR-1", "High applied tariffs and large bound overhang", "8703"),
                        barrier("TAR-2", "Regulatory duties and additional customs duties"),
                        barrier("SRO-1", "Statutory Regulatory Orders (SROs)"),
                        barrier("LIC-1", "Import licensing and multi-ministry approvals", "3808"),
                        barrier("BAN-1", "Wheat import ban", "1001"),
                        barrier("BAN-2", "Import Policy Order negative list"),
                        barrier("BAN-3", "Temporary bans on non-essential goods"),
                        barrier("CUS-1", "Customs valuation by minimum values and valuation rulings"),
                        barrier("CUS-2", "Customs and trade-facilitation frictions"),
                        barrier("SPS-1", "Biotech (GE) approvals for soybeans and oilseeds", "1201"),
                        barrier("SPS-2", "Cotton phytosanitary fumigation and import-permit demands", "5201"),
                        barrier("SPS-3", "Beef and meat certificates and BSE-related bans", "0102", "0201", "0202"),
                        barrier("TBT-1", "Packaging and labelling requirements", "1507", "1512", "1514"),
                        barrier("PHA-1", "Pharmaceutical price controls", "3004"),
                        barrier("IP-1", "Weak IP enforcement (Special 301 Watch List)"),
                        barrier("IP-2", "No regulatory data protection for pharmaceuticals", "3004"),
                        barrier("IP-3", "Geographical indications process"),
                        barrier("DIG-1", "Data localisation in the draft Personal Data Protection Bill"),
                        barrier("DIG-2", "Taxes and tariffs on digital products"),
                        barrier("INV-1", "Profit repatriation and foreign-exchange controls"),
                        barrier("SOE-1", "Import channels reserved for state-owned enterprises")));
    }

    /** A draft like the July 2025 deal: about 1 bn USD a year of cotton, soybeans and crude oil; SPS-1 and SPS-2 removed. */
    public static DraftInput july2025Package() {
        return draft()
                .purchase("5201", 500_000_000L, 2025, 3, true)
                .purchase("1201", 300_000_000L, 2025, 3, true)
                .purchase("2709", 200_000_000L, 2025, 3, false)
                .removal("SPS-1", LocalDate.of(2025, 9, 30), true, true)
                .removal("SPS-2", LocalDate.of(2025, 8, 31), true, true)
                .intention("Partnership on the development of oil reserves")
                .build();
    }

    public static DraftInput vagueIntentions() {
        return draft().intention("Pakistan intends to import more goods from the United States")
                .intention("Pakistan will look into the non-tariff barriers the United States has raised").build();
    }

    /** The baseline with one barrier's status changed (e.g. REMOVAL_VERIFIED). */
    public static BaselineInput withBarrierStatus(BaselineInput baseline, String code, String status) {
        List<BarrierInput> barriers = baseline.barriers().stream()
                .map(b -> b.code().equals(code)
                        ? new BarrierInput(b.code(), b.title(), status, b.affectedProducts(), b.blockedTradeUsd())
                        : b)
                .toList();
        return new BaselineInput(baseline.reporter(), baseline.partner(), baseline.year(), baseline.dataVintage(),
                baseline.importsUsd(), baseline.exportsUsd(), baseline.exportsByProduct(), barriers);
    }

    public static EvaluationRequest request(DraftInput draft) {
        return new EvaluationRequest(draft, pakistanUs2024(), TARGET, DEADLINE, null);
    }

    public static DraftBuilder draft() {
        return new DraftBuilder();
    }

    /** Builds a draft one commitment at a time. */
    public static final class DraftBuilder {
        private final List<PurchaseInput> purchases = new ArrayList<>();
        private final List<BarrierRemovalInput> removals = new ArrayList<>();
        private final List<TariffCutInput> cuts = new ArrayList<>();
        private final List<String> intentions = new ArrayList<>();

        public DraftBuilder purchase(String hsCode, long usdPerYear, int firstYear, int years, boolean binding) {
            purchases.add(new PurchaseInput(hsCode, null, usd(usdPerYear), firstYear, years, binding));
            return this;
        }

        public DraftBuilder removal(String code, LocalDate by, boolean verifiable, boolean binding) {
            removals.add(new BarrierRemovalInput(code, by, verifiable, binding));
            return this;
        }

        public DraftBuilder cut(String hsCode, int fromPct, int toPct) {
            cuts.add(new TariffCutInput(hsCode, BigDecimal.valueOf(fromPct), BigDecimal.valueOf(toPct)));
            return this;
        }

        public DraftBuilder intention(String text) {
            intentions.add(text);
            return this;
        }

        public DraftInput build() {
            return new DraftInput(List.copyOf(purchases), List.copyOf(removals), List.copyOf(cuts), List.copyOf(intentions));
        }
    }

    public static BigDecimal usd(long amount) {
        return BigDecimal.valueOf(amount);
    }

    private static ProductTradeInput export(String hsCode, String description, long usd) {
        return new ProductTradeInput(hsCode, description, usd(usd), "PARTNER_MIRROR", "FY2024-25");
    }

    private static BarrierInput barrier(String code, String title, String... products) {
        return new BarrierInput(code, title, "LISTED", List.of(products), null);
    }
}
