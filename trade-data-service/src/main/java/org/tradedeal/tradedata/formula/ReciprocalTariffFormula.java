package org.tradedeal.tradedata.formula;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The USTR reciprocal-tariff formula of 2 April 2025, forward and inverse, as pure functions on exact
 * decimals. With m = imports from the partner, x = exports to it, k = epsilon * phi:
 *
 * <pre>
 *   deficitRatioPct = 100 (m - x) / m                      rounded HALF_UP to 2 decimals
 *   charged         = 100 (m - x) / (k m)                  chargedPct = charged rounded HALF_UP to an integer
 *   ratePct         = max(10, ceil(charged / 2))           = max(10, ceil(50 (m - x) / (k m)))
 * </pre>
 *
 * Every rounding is done by {@link BigDecimal#divide(BigDecimal, int, RoundingMode)}, which rounds the
 * exact quotient: no intermediate value is cut to a fixed precision, so results at the boundaries (a
 * halved rate of exactly 29) are exact. HALF_UP rounds halves away from zero (-17.5 gives -18).
 */
public final class ReciprocalTariffFormula {

    /** The published rate never goes below 10%. */
    public static final BigDecimal FLOOR_PCT = BigDecimal.TEN;

    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ONE_FIFTIETH = new BigDecimal("0.02");

    private ReciprocalTariffFormula() {
    }

    /**
     * The elasticity of import demand (epsilon) and the pass-through of tariffs to import prices (phi).
     * USTR used 4 and 0.25, whose product is 1.
     */
    public record Parameters(BigDecimal epsilon, BigDecimal phi) {

        public static final Parameters USTR = new Parameters(BigDecimal.valueOf(4), new BigDecimal("0.25"));

        public Parameters {
            Objects.requireNonNull(epsilon, "epsilon");
            Objects.requireNonNull(phi, "phi");
            if (epsilon.signum() <= 0 || phi.signum() <= 0) {
                throw new IllegalArgumentException("epsilon and phi must be positive");
            }
        }

        BigDecimal product() {
            return epsilon.multiply(phi);
        }
    }

    /**
     * Whether the formula can give this rate at all: a whole percent (10.00 is one, 19.5 is not) of at least
     * the 10% floor. The one test of a target rate (and of a published rate to reproduce).
     */
    public static boolean isPossibleRate(BigDecimal ratePct) {
        return ratePct.compareTo(FLOOR_PCT) >= 0 && ratePct.stripTrailingZeros().scale() <= 0;
    }

    /** The formula applied to imports m (positive) and exports x (zero or more). */
    public static ReciprocalRate forward(BigDecimal importsUsd, BigDecimal exportsUsd, Parameters parameters) {
        requireInputs(importsUsd, exportsUsd);
        BigDecimal deficit = importsUsd.subtract(exportsUsd);
        BigDecimal scaledImports = parameters.product().multiply(importsUsd);

        BigDecimal deficitRatioPct = HUNDRED.multiply(deficit).divide(importsUsd, 2, RoundingMode.HALF_UP);
        BigDecimal chargedPct = HUNDRED.multiply(deficit).divide(scaledImports, 0, RoundingMode.HALF_UP);
        BigDecimal chargedUnroundedPct = HUNDRED.multiply(deficit).divide(scaledImports, 4, RoundingMode.HALF_UP);
        BigDecimal halfChargedPct = FIFTY.multiply(deficit).divide(scaledImports, 4, RoundingMode.HALF_UP);
        BigDecimal halfChargedCeiling = FIFTY.multiply(deficit).divide(scaledImports, 0, RoundingMode.CEILING);
        boolean floorApplied = halfChargedCeiling.compareTo(FLOOR_PCT) < 0;
        BigDecimal ratePct = floorApplied ? FLOOR_PCT : halfChargedCeiling;

        return new ReciprocalRate(deficitRatioPct, chargedPct, ratePct, parameters.epsilon(), parameters.phi(),
                chargedUnroundedPct, halfChargedPct, floorApplied, importsUsd, exportsUsd, exportsUsd.subtract(importsUsd));
    }

    /**
     * The exports at which the rate reaches the target: the rate is at most {@code targetRatePct} exactly
     * when exports are at least {@code m (1 - target k / 50)}. The value is exact (dividing by 50 always
     * terminates) and may be fractional or negative.
     */
    public static BigDecimal exportsThreshold(BigDecimal importsUsd, BigDecimal targetRatePct, Parameters parameters) {
        // dividing by 50 is multiplying by 0.02: exact
        return importsUsd.subtract(targetRatePct.multiply(parameters.product()).multiply(importsUsd).multiply(ONE_FIFTIETH));
    }

    /**
     * The fewest whole dollars of additional exports that bring the rate to the target or below:
     * {@code forward(m, x + a).ratePct <= target} and, when a > 0, {@code forward(m, x + a - 1).ratePct > target}.
     * Whenever {@code k m > 50} (any real trade relation) the rate at the answer equals the target exactly,
     * because one dollar moves {@code ceil(...)} by less than one step. Zero when the exports already meet it.
     *
     * @throws IllegalArgumentException when the target is below the 10% floor or not a whole percent
     */
    public static BigDecimal additionalExports(BigDecimal importsUsd, BigDecimal exportsUsd, BigDecimal targetRatePct,
                                               Parameters parameters) {
        requireInputs(importsUsd, exportsUsd);
        requireTarget(targetRatePct);
        BigDecimal gap = exportsThreshold(importsUsd, targetRatePct, parameters).subtract(exportsUsd);
        return gap.signum() <= 0 ? BigDecimal.ZERO : gap.setScale(0, RoundingMode.CEILING);
    }

    /**
     * The whole-dollar exports for which the formula, with these imports, gives the published rate and
     * (when given) the published "charged" percentage. Empty when no exports do. {@code maxExportsUsd} is
     * null when there is no upper bound (the 10% floor with no charged figure to match).
     *
     * <p>Found by bisection on {@link #forward}: both the rate and the charged percentage fall as exports
     * rise, so the window is an interval and its ends agree with the forward formula by construction.
     */
    public static Optional<ExportsWindow> exportsWindow(BigDecimal importsUsd, BigDecimal ratePct, BigDecimal chargedPct,
                                                        Parameters parameters) {
        Objects.requireNonNull(ratePct, "ratePct");
        if (!isPossibleRate(ratePct)) {
            return Optional.empty();
        }
        if (chargedPct != null && chargedPct.stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        Predicate<BigInteger> atOrBelow = x -> {
            ReciprocalRate rate = forward(importsUsd, new BigDecimal(x), parameters);
            return rate.ratePct().compareTo(ratePct) <= 0
                    && (chargedPct == null || rate.chargedPct().compareTo(chargedPct) <= 0);
        };
        Predicate<BigInteger> below = x -> {
            ReciprocalRate rate = forward(importsUsd, new BigDecimal(x), parameters);
            return rate.ratePct().compareTo(ratePct) < 0
                    || (chargedPct != null && rate.chargedPct().compareTo(chargedPct) < 0);
        };
        BigInteger upper = searchBound(importsUsd, ratePct, chargedPct, parameters);
        Optional<BigInteger> low = firstTrue(atOrBelow, upper);
        if (low.isEmpty()) {
            return Optional.empty();
        }
        ReciprocalRate atLow = forward(importsUsd, new BigDecimal(low.get()), parameters);
        if (atLow.ratePct().compareTo(ratePct) != 0 || (chargedPct != null && atLow.chargedPct().compareTo(chargedPct) != 0)) {
            return Optional.empty();
        }
        boolean unbounded = chargedPct == null && ratePct.compareTo(FLOOR_PCT) == 0;
        if (unbounded) {
            return Optional.of(new ExportsWindow(new BigDecimal(low.get()), null));
        }
        BigInteger high = firstTrue(below, upper).orElseThrow().subtract(BigInteger.ONE);
        return Optional.of(new ExportsWindow(new BigDecimal(low.get()), new BigDecimal(high)));
    }

    /** An export level at which both predicates of {@link #exportsWindow} hold (when they can). */
    private static BigInteger searchBound(BigDecimal importsUsd, BigDecimal ratePct, BigDecimal chargedPct,
                                          Parameters parameters) {
        // rate < R from the threshold of R - 1 on; charged < C once 100 (m - x) / (k m) <= C - 1.5
        BigDecimal bound = exportsThreshold(importsUsd, ratePct.subtract(BigDecimal.ONE), parameters);
        if (chargedPct != null) {
            BigDecimal chargedBound = importsUsd.subtract(chargedPct.subtract(new BigDecimal("1.5"))
                    .multiply(parameters.product()).multiply(importsUsd).divide(HUNDRED, 0, RoundingMode.FLOOR));
            bound = bound.max(chargedBound);
        }
        return bound.max(BigDecimal.ZERO).setScale(0, RoundingMode.CEILING).toBigIntegerExact().add(BigInteger.TWO);
    }

    /** The smallest x in [0, upper] where a false...true predicate holds. */
    private static Optional<BigInteger> firstTrue(Predicate<BigInteger> predicate, BigInteger upper) {
        if (!predicate.test(upper)) {
            return Optional.empty();
        }
        BigInteger low = BigInteger.ZERO;
        BigInteger high = upper;
        while (low.compareTo(high) < 0) {
            BigInteger middle = low.add(high).shiftRight(1);
            if (predicate.test(middle)) {
                high = middle;
            } else {
                low = middle.add(BigInteger.ONE);
            }
        }
        return Optional.of(low);
    }

    private static void requireInputs(BigDecimal importsUsd, BigDecimal exportsUsd) {
        Objects.requireNonNull(importsUsd, "importsUsd");
        Objects.requireNonNull(exportsUsd, "exportsUsd");
        if (importsUsd.signum() <= 0) {
            throw new IllegalArgumentException("imports must be positive: the formula divides by them");
        }
        if (exportsUsd.signum() < 0) {
            throw new IllegalArgumentException("exports must not be negative");
        }
    }

    private static void requireTarget(BigDecimal targetRatePct) {
        Objects.requireNonNull(targetRatePct, "targetRatePct");
        if (!isPossibleRate(targetRatePct)) {
            throw new IllegalArgumentException(targetRatePct.compareTo(FLOOR_PCT) < 0
                    ? "the target rate must be at least the 10% floor"
                    : "the target rate must be a whole percent: the formula only gives whole percents");
        }
    }

    /** Whole-dollar exports between two bounds (inclusive); {@code maxExportsUsd} null means no upper bound. */
    public record ExportsWindow(BigDecimal minExportsUsd, BigDecimal maxExportsUsd) {

        public boolean contains(BigDecimal exportsUsd) {
            return exportsUsd.compareTo(minExportsUsd) >= 0
                    && (maxExportsUsd == null || exportsUsd.compareTo(maxExportsUsd) <= 0);
        }

        /** Whether the interval [low, high] meets this window. */
        public boolean overlaps(BigDecimal low, BigDecimal high) {
            return high.compareTo(minExportsUsd) >= 0 && (maxExportsUsd == null || low.compareTo(maxExportsUsd) <= 0);
        }
    }
}
