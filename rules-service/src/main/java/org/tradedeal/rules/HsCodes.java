package org.tradedeal.rules;

import java.util.List;

/**
 * Harmonized System codes: chapters (2 digits), headings (4) and subheadings (6).
 * <p>
 * Its shape check is kept identical to
 * negotiation-service/src/main/java/org/tradedeal/negotiation/HsCodes.java, which negotiation-service checks drafts with before sending them here.
 */
public final class HsCodes {

    public static final String PATTERN = "\\d{2}(\\d{2}){0,2}";
    public static final String MESSAGE = "must be an HS code of 2, 4 or 6 digits, such as 5201";

    private HsCodes() {
    }

    /** Whether two codes name the same goods at different depths: one is a prefix of the other. */
    public static boolean related(String a, String b) {
        return a != null && b != null && (a.startsWith(b) || b.startsWith(a));
    }

    /** Whether any of {@code codes} is related to {@code code}. */
    public static boolean anyRelated(List<String> codes, String code) {
        for (String c : codes) {
            if (related(c, code)) {
                return true;
            }
        }
        return false;
    }
}
