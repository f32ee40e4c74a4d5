package org.tradedeal.tradedata.problem;

/**
 * One bad field, in the same shape as the Bean Validation violations of quarkus-resteasy-problem:
 * {@code field} names it, {@code in} says where it was (body, query, path), {@code message} says why.
 */
public record FieldViolation(String field, String in, String message) {

    public static FieldViolation body(String field, String message) {
        return new FieldViolation(field, "body", message);
    }

    public static FieldViolation query(String field, String message) {
        return new FieldViolation(field, "query", message);
    }
}
