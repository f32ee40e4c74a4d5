package org.tradedeal.rules;

/** Fact: the removal of a barrier the baseline holds as already verified removed: it answers no listed concern. */
public record UnlistedRemoval(String code, String field) {
}
