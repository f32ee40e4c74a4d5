package org.tradedeal.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PurchasesTest {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Test
    void thePeakYearAddsUpOnlyThePurchasesThatRunInIt() {
        List<Purchase> purchases = List.of(
                purchase(0, 100, 2025, 3, true),   // 2025-2027
                purchase(1, 50, 2026, 1, true),    // 2026
                purchase(2, 80, 2027, 2, false),   // 2027-2028, best effort: 40
                purchase(3, 500, 2030, 1, false)); // 2030, best effort: 250

        Purchases.PeakYear peak = Purchases.peakYear(purchases, HALF);

        assertThat(peak.year()).isEqualTo(2030);
        assertThat(peak.counted()).isEqualByComparingTo("250");
        assertThat(Purchases.peakYear(purchases.subList(0, 3), HALF))
                .isEqualTo(new Purchases.PeakYear(2026, new BigDecimal("150")));
    }

    @Test
    void amongEqualYearsTheEarliestIsThePeak() {
        Purchases.PeakYear peak = Purchases.peakYear(List.of(purchase(0, 100, 2026, 1, true),
                purchase(1, 100, 2025, 1, true)), HALF);
        assertThat(peak.year()).isEqualTo(2025);
    }

    @Test
    void noPurchasesCountForNothing() {
        assertThat(Purchases.peakYear(List.of(), HALF)).isEqualTo(new Purchases.PeakYear(0, BigDecimal.ZERO));
    }

    private static Purchase purchase(int index, long usd, int firstYear, int years, boolean binding) {
        return new Purchase(index, "5201", null, BigDecimal.valueOf(usd), firstYear, years, binding);
    }
}
