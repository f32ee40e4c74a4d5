package org.tradedeal.rules;

import java.math.BigDecimal;

/**
 * Fact: the points a concern's rules gave, inserted once they have all fired, for the rule that bounds the
 * concern at its maximum to read.
 */
public record ConcernTotal(Concern concern, BigDecimal points) {
}
