package org.tradedeal.negotiation.support;

import org.hamcrest.CustomMatcher;
import org.hamcrest.Matcher;

import java.math.BigDecimal;

/** A JSON number by value: JsonPath answers 6, 6.0F or 6.00 as it was written, and the written scale varies. */
public final class Numbers {

    private Numbers() {
    }

    public static Matcher<Object> number(double expected) {
        return new CustomMatcher<>("the number " + expected) {
            @Override
            public boolean matches(Object actual) {
                // By the decimal it was written as (a float's 58.15 is not the double 58.15).
                return actual instanceof Number number
                        && new BigDecimal(number.toString()).compareTo(BigDecimal.valueOf(expected)) == 0;
            }
        };
    }
}
