package org.tradedeal.tradedata.formula;

import java.math.BigDecimal;

/**
 * What the reciprocal-tariff formula says for one pair of figures.
 *
 * @param deficitRatioPct     100 (m - x) / m, HALF_UP to 2 decimals
 * @param chargedPct          the "tariff charged to the US": 100 (m - x) / (epsilon phi m), HALF_UP to a whole percent
 * @param ratePct             the reciprocal rate: max(10, ceil(charged / 2))
 * @param epsilon             import-demand elasticity used
 * @param phi                 pass-through used
 * @param chargedUnroundedPct charged before rounding, HALF_UP to 4 decimals (for explanations)
 * @param halfChargedPct      charged / 2 before rounding up, HALF_UP to 4 decimals (for explanations)
 * @param floorApplied        whether the 10% floor set the rate
 * @param importsUsd          m
 * @param exportsUsd          x
 * @param balanceUsd          x - m (negative: a deficit)
 */
public record ReciprocalRate(BigDecimal deficitRatioPct, BigDecimal chargedPct, BigDecimal ratePct, BigDecimal epsilon,
                             BigDecimal phi, BigDecimal chargedUnroundedPct, BigDecimal halfChargedPct,
                             boolean floorApplied, BigDecimal importsUsd, BigDecimal exportsUsd, BigDecimal balanceUsd) {
}
