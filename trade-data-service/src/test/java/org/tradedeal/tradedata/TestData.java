package org.tradedeal.tradedata;

import io.restassured.http.ContentType;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/**
 * Fresh data for tests that write, so that no test sees another's data: partners with user-assigned ISO
 * codes (QA..QZ, XA..XZ, never seeded), unique vintages and codes. The test database starts empty each run.
 */
final class TestData {

    private static final AtomicInteger NEXT_PARTNER = new AtomicInteger();

    private TestData() {
    }

    /** Creates a partner no other test uses and returns its ISO code. */
    static String freshPartner() {
        int n = NEXT_PARTNER.getAndIncrement();
        if (n >= 52) {
            throw new IllegalStateException("out of test partner codes");
        }
        String code = (n < 26 ? "Q" : "X") + (char) ('A' + n % 26);
        given().contentType(ContentType.JSON)
                .body("{\"isoCode\":\"" + code + "\",\"name\":\"Test partner " + code + "\"}")
                .when().post("/api/v1/partners")
                .then().statusCode(201);
        return code;
    }

    static String freshVintage() {
        return "test-" + UUID.randomUUID();
    }

    /** Stores one figure through the API. */
    static void flow(String reporter, String partner, String period, String direction, String level, String hsCode,
                     long valueUsd, String precision, String source, String vintage) {
        given().contentType(ContentType.JSON)
                .body("""
                        {"reporter":"%s","partner":"%s","period":"%s","direction":"%s","productLevel":"%s",%s
                         "valueUsd":%d,"precision":"%s","source":"%s","vintage":"%s"}"""
                        .formatted(reporter, partner, period, direction, level,
                                hsCode == null ? "" : "\"hsCode\":\"" + hsCode + "\",", valueUsd, precision, source, vintage))
                .when().post("/api/v1/trade-flows")
                .then().statusCode(201);
    }
}
