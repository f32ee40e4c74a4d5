package org.tradedeal.rules;

import java.math.BigDecimal;

/**
 * A listed barrier that affects products of a {@link ProductGroup}, and what the draft does about it.
 *
 * @param quality     what the draft's strongest removal of it is worth (0: the draft keeps it)
 * @param factor      what it leaves of the purchases it affects: 1 - blocked discount x (1 - quality)
 * @param removal     the strongest removal's terms, or null when the draft keeps it
 * @param affectedUsd the group's dollars in the counted years that it affects
 */
public record BarrierEffect(ListedBarrier barrier, BigDecimal quality, BigDecimal factor, RemovalTerms removal,
                            BigDecimal affectedUsd) {

    public boolean kept() {
        return removal == null;
    }

    /** Removed, but not firmly on time: the purchases are only partly unblocked. */
    public boolean partlyRemoved() {
        return removal != null && factor.compareTo(BigDecimal.ONE) < 0;
    }
}
