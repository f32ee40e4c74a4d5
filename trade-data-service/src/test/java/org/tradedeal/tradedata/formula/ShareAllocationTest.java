package org.tradedeal.tradedata.formula;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ShareAllocationTest {

    @Test
    void theLeftOverDollarGoesToTheLargestRemainder() {
        assertEquals(usd(2, 2, 3), ShareAllocation.allocate(BigDecimal.valueOf(7), shares("0.3", "0.3", "0.4")));
        assertEquals(usd(51, 25, 25), ShareAllocation.allocate(BigDecimal.valueOf(101), shares("0.5", "0.25", "0.25")));
    }

    @Test
    void onATieTheEarlierLineGetsTheDollar() {
        assertEquals(usd(2, 1), ShareAllocation.allocate(BigDecimal.valueOf(3), shares("0.5", "0.5")));
    }

    @Test
    void sharesMustSumToExactlyOne() {
        assertThrows(IllegalArgumentException.class, () -> ShareAllocation.allocate(BigDecimal.TEN, shares("0.5", "0.4")));
        assertThrows(IllegalArgumentException.class, () -> ShareAllocation.allocate(BigDecimal.TEN, shares("50", "50")));
        assertThrows(IllegalArgumentException.class, () -> ShareAllocation.allocate(BigDecimal.TEN, shares("1.5", "-0.5")));
    }

    private static List<BigDecimal> shares(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static List<BigDecimal> usd(long... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }
}
