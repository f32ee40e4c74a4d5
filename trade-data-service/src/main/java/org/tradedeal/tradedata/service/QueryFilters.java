package org.tradedeal.tradedata.service;

import io.quarkus.panache.common.Parameters;

import java.util.StringJoiner;

/** The where clause of a listing, built from its filters; a null filter means any. */
final class QueryFilters {

    private QueryFilters() {
    }

    /** Adds {@code field = :field} with the value as its parameter, unless the value is null. */
    static void addEquals(StringJoiner where, Parameters parameters, String field, Object value) {
        if (value != null) {
            where.add(field + " = :" + field);
            parameters.and(field, value);
        }
    }
}
