package org.tradedeal.tradedata.rest;

import org.tradedeal.tradedata.problem.FieldViolation;
import org.tradedeal.tradedata.problem.InvalidFields;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads query parameters as text and converts them here, so that a bad value is a 400 naming the parameter
 * (JAX-RS would answer a failed conversion of a query parameter with a bare 404).
 */
final class QueryParams {

    static final String CODE = "[A-Za-z]{2}";
    static final String CODE_MESSAGE = "must be an ISO 3166-1 alpha-2 code";

    private QueryParams() {
    }

    static String code(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    static int year(String name, String value) {
        Integer year = optionalYear(name, value);
        if (year == null) {
            throw new InvalidFields(FieldViolation.query(name, "is required"));
        }
        return year;
    }

    static Integer optionalYear(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(value);
            if (year >= 1900 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidFields(FieldViolation.query(name, "must be a year between 1900 and 2100"));
    }

    static <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFields(FieldViolation.query(name, "must be one of " + Arrays.toString(type.getEnumConstants())));
        }
    }

    static BigDecimal positive(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.signum() > 0 && number.compareTo(BigDecimal.valueOf(1000)) <= 0 && number.scale() <= 6) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidFields(FieldViolation.query(name, "must be a positive number of at most 1000 with at most 6 decimals"));
    }

    static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() >= 1900 && date.getYear() <= 2200) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new InvalidFields(FieldViolation.query(name, "must be a date yyyy-MM-dd between 1900 and 2200"));
    }

    static Long optionalLong(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidFields(FieldViolation.query(name, "must be a whole number"));
        }
    }
}
