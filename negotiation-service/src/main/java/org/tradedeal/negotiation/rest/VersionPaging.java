package org.tradedeal.negotiation.rest;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.tradedeal.negotiation.problem.InvalidInput;

import java.util.ArrayList;
import java.util.List;

/**
 * The paging of a draft's versions: limits of its query parameters, and the answer's headers. The body stays the
 * JSON array it always was (a client that never pages still reads a draft of fewer versions than a page whole);
 * {@code X-Total-Count} and RFC 8288 {@code Link} headers say how many there are and where the other pages are.
 */
final class VersionPaging {

    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 500;
    /** Far beyond any draft (a million pages of the largest size), and small enough that page * size fits a long. */
    static final int MAX_PAGE = 1_000_000;
    static final String TOTAL_COUNT = "X-Total-Count";

    private VersionPaging() {
    }

    /** The page asked for, counted from 0 (0 when not given). */
    static int page(String value) {
        return number("page", value, 0, 0, MAX_PAGE);
    }

    /** The page size asked for ({@value #DEFAULT_SIZE} when not given). */
    static int size(String value) {
        return number("size", value, DEFAULT_SIZE, 1, MAX_SIZE);
    }

    /** Read as text and converted here: JAX-RS answers a query parameter it cannot convert with a bare 404. */
    private static int number(String name, String value, int absent, int min, int max) {
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInput.ofQuery(name, "must be a whole number from " + min + " to " + max);
    }

    /** 200 with the page as the body, the total and the links to the first, previous, next and last pages. */
    static Response answer(UriInfo uri, int page, int size, long total, List<?> body) {
        int last = total == 0 ? 0 : (int) ((total - 1) / size);
        List<Link> links = new ArrayList<>(4);
        links.add(link(uri, 0, size, "first"));
        if (page > 0) {
            links.add(link(uri, Math.min(page - 1, last), size, "prev"));
        }
        if (page < last) {
            links.add(link(uri, page + 1, size, "next"));
        }
        links.add(link(uri, last, size, "last"));
        return Response.ok(body).header(TOTAL_COUNT, total).links(links.toArray(Link[]::new)).build();
    }

    /** A path-absolute link (as Location is elsewhere in this API), whatever host the request came through. */
    private static Link link(UriInfo uri, int page, int size, String rel) {
        return Link.fromUri(UriBuilder.fromPath(uri.getAbsolutePath().getRawPath()).queryParam("page", page)
                .queryParam("size", size).build()).rel(rel).build();
    }
}
