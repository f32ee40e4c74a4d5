package org.tradedeal.rules;

/**
 * Fact: an item the draft writes more than once. A barrier removal or a tariff cut is a thing done or not,
 * so a repeat changes nothing; a purchase line written twice is counted as written (it is the same as a
 * purchase split into equal halves). Either way the negotiator is told, in case it is a slip.
 *
 * @param subject what is repeated, in words that do not depend on the order of the lists
 * @param field   the first line of it in the draft
 */
public record Repeat(Kind kind, String subject, int times, String field) {

    public enum Kind {
        PURCHASE_LINE,
        REMOVAL,
        TARIFF_CUT
    }
}
