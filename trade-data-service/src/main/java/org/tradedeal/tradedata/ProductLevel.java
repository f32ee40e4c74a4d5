package org.tradedeal.tradedata;

/** How finely a flow is broken down: the total, or an HS chapter (2 digits), heading (4) or subheading (6). */
public enum ProductLevel {
    TOTAL(0),
    HS2(2),
    HS4(4),
    HS6(6);

    private final int digits;

    ProductLevel(int digits) {
        this.digits = digits;
    }

    /** Number of digits of the HS code at this level; 0 for the total, which has no code. */
    public int digits() {
        return digits;
    }

    /** Whether the code fits this level: none for TOTAL, exactly {@link #digits()} digits otherwise. */
    public boolean accepts(String hsCode) {
        if (this == TOTAL) {
            return hsCode == null;
        }
        return hsCode != null && hsCode.length() == digits && hsCode.chars().allMatch(Character::isDigit);
    }
}
