package org.tradedeal.negotiation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A draft as its views show it: its newest versions (a bounded number, oldest of them first) with their latest
 * score, and how many versions the caller may see in all. A draft may hold thousands of versions; the whole list
 * is read a page at a time.
 */
public record DraftOverview(ProposalDraft draft, List<ScoredVersion> latestVersions, long versionCount) {

    /** A version with the score and verdict of its newest evaluation (null when never scored). */
    public record ScoredVersion(DraftVersion version, BigDecimal score, String verdict) {
    }
}
