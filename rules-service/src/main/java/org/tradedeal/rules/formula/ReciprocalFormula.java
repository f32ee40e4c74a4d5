package org.tradedeal.rules.formula;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The USTR reciprocal-tariff formula of 2 April 2025, forward and inverse, exact in BigDecimal. With m the
 * imports of the imposing side from the partner, x its exports to the partner and k = epsilon * phi:
 * charged = 100 (m - x) / (k m); rate = max(10, ceil(charged / 2)). The same formula as
 * trade-data-service's (each service owns its code; the tests of both hold the same figures).
 */
public final class ReciprocalFormula {

    /** No country rate is below this, whatever the balance. */
    public static final int FLOOR_PCT = 10;

    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReciprocalFormula() {
    }

    /** The rate in percent: the halved "charged" figure rounded UP, never below the floor. */
    public static int ratePct(BigDecimal imports, BigDecimal exports, BigDecimal epsilon, BigDecimal phi) {
        BigDecimal half = FIFTY.multiply(imports.subtract(exports));
        // Exact ceiling of the quotient: divide to scale 0 with CEILING rounds the exact value.
        int rate = half.divide(epsilon.multiply(phi).multiply(imports), 0, RoundingMode.CEILING).intValueExact();
        return Math.max(FLOOR_PCT, rate);
    }

    /** 100 (m - x) / m, to two decimals (half up). */
    public static BigDecimal deficitRatioPct(BigDecimal imports, BigDecimal exports) {
        return HUNDRED.multiply(imports.subtract(exports)).divide(imports, 2, RoundingMode.HALF_UP);
    }

    /**
     * The fewest whole dollars of additional exports that bring the rate to {@code targetRatePct} or below;
     * zero when the exports already do. Empty when the target is below the 10% floor: no amount reaches it.
     * The rate is at most T exactly when x >= m (1 - T k / 50).
     */
    public static Optional<BigDecimal> additionalExportsFor(BigDecimal imports, BigDecimal exports, int targetRatePct,
                                                            BigDecimal epsilon, BigDecimal phi) {
        if (targetRatePct < FLOOR_PCT) {
            return Optional.empty();
        }
        BigDecimal k = epsilon.multiply(phi);
        BigDecimal threshold = imports.subtract(imports.multiply(BigDecimal.valueOf(targetRatePct)).multiply(k)
                .divide(FIFTY));
        BigDecimal missing = threshold.subtract(exports);
        return Optional.of(missing.signum() <= 0 ? BigDecimal.ZERO : missing.setScale(0, RoundingMode.CEILING));
    }
}
