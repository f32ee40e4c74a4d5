package org.tradedeal.tradedata;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** The Prometheus scrape of the service, as read from the management port. */
final class Scrape {

    private Scrape() {
    }

    static String of(URL metrics) {
        return given().get(metrics).then().statusCode(200).extract().asString();
    }

    /** The value of one series, e.g. {@code trade_data_import_rows_total{outcome="imported"}}; it must exist. */
    static double value(URL metrics, String series) {
        // a sample may be followed by an exemplar: "name{labels} 3.0 # {trace_id=...} ..."
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)").matcher(of(metrics));
        assertThat(series + " in the scrape", sample.find(), is(true));
        return Double.parseDouble(sample.group(1));
    }
}
