package org.tradedeal.negotiation.support;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The Prometheus scrape of the service, as read from the management port. */
public final class Scrape {

    private Scrape() {
    }

    public static String of(URL metrics) {
        return given().get(metrics).then().statusCode(200).extract().asString();
    }

    /** The value of one series, e.g. {@code negotiation_scoring_attempts_total{outcome="scored"}}; it must exist. */
    public static double value(URL metrics, String series) {
        // a sample may be followed by an exemplar: "name{labels} 3.0 # {trace_id=...} ..."
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)").matcher(of(metrics));
        assertThat(sample.find()).as(series + " in the scrape").isTrue();
        return Double.parseDouble(sample.group(1));
    }
}
