package org.tradedeal.tradedata.formula;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits a whole-dollar amount across lines by shares (fractions that sum to exactly 1) so that the parts
 * are whole dollars and add up to the amount exactly: the largest-remainder method. Each line first gets
 * the floor of its exact share; the dollars left over (fewer than the number of lines) go one each to the
 * lines with the largest remainders, earlier lines first on a tie.
 */
public final class ShareAllocation {

    private ShareAllocation() {
    }

    /** Whether the shares are all positive and sum to exactly 1. */
    public static boolean validShares(List<BigDecimal> shares) {
        return !shares.isEmpty()
                && shares.stream().allMatch(share -> share != null && share.signum() > 0)
                && shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.ONE) == 0;
    }

    public static List<BigDecimal> allocate(BigDecimal amountUsd, List<BigDecimal> shares) {
        if (amountUsd.signum() < 0 || amountUsd.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("the amount must be zero or more whole dollars");
        }
        if (!validShares(shares)) {
            throw new IllegalArgumentException("shares must be positive and sum to exactly 1");
        }
        List<BigDecimal> parts = new ArrayList<>(shares.size());
        List<BigDecimal> remainders = new ArrayList<>(shares.size());
        BigDecimal allocated = BigDecimal.ZERO;
        for (BigDecimal share : shares) {
            BigDecimal exact = amountUsd.multiply(share);
            BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
            parts.add(floor);
            remainders.add(exact.subtract(floor));
            allocated = allocated.add(floor);
        }
        int leftOver = amountUsd.subtract(allocated).intValueExact();
        IntStream.range(0, shares.size()).boxed()
                .sorted(Comparator.comparing(remainders::get, Comparator.reverseOrder()).thenComparing(i -> i))
                .limit(leftOver)
                .forEach(i -> parts.set(i, parts.get(i).add(BigDecimal.ONE)));
        return parts.stream().map(part -> part.setScale(0, RoundingMode.UNNECESSARY)).toList();
    }
}
