package org.tradedeal.negotiation;

/**
 * The shape of a Harmonized System code: a chapter (2 digits), heading (4) or subheading (6).
 * <p>
 * A deliberate copy of the shape check of rules-service/src/main/java/org/tradedeal/rules/HsCodes.java, kept
 * identical to it (that one also relates codes of different depths).
 */
public final class HsCodes {

    public static final String PATTERN = "\\d{2}(\\d{2}){0,2}";
    public static final String MESSAGE = "must be an HS code of 2, 4 or 6 digits, such as 5201";

    private HsCodes() {
    }
}
