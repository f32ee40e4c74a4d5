package org.tradedeal.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Global of one evaluation: what the rules give (contributions) and what they warn about. No rule matches
 * either, so they are collected here rather than inserted as facts: an insert into the session costs
 * several times what building the contribution does, and an evaluation makes dozens.
 */
public final class Explanation {

    private final List<Contribution> contributions = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();

    public void add(Contribution contribution) {
        contributions.add(contribution);
    }

    public void add(Warning warning) {
        warnings.add(warning);
    }

    public List<Contribution> contributions() {
        return contributions;
    }

    public List<Warning> warnings() {
        return warnings;
    }

    /** The points each concern's rules gave so far (a concern without any: absent). */
    public Map<Concern, BigDecimal> totals() {
        Map<Concern, BigDecimal> totals = new EnumMap<>(Concern.class);
        for (Contribution contribution : contributions) {
            totals.merge(contribution.concern(), contribution.points(), BigDecimal::add);
        }
        return totals;
    }
}
