package org.tradedeal.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.oneOf;

/**
 * The alerts and the Grafana dashboard in deploy/kubernetes/monitoring read only metrics the running
 * services expose, with the labels they select on: a renamed metric or label fails here, not silently
 * on an operator's empty panel or an alert that can never fire. (check.sh checks their syntax with promtool.)
 */
@ExtendWith(SuiteExtension.class)
class MonitoringIT {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A metric selector in PromQL: name{matchers}. The queries write every selector with braces. */
    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)}");
    private static final Pattern MATCHER = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)");
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{([^}]*)})? ");
    /** Labels the scrape adds (Prometheus, from the PodMonitor), not the services. */
    private static final Set<String> SCRAPE_LABELS = Set.of("job", "instance", "namespace", "pod");

    @Test
    void everyMetricTheAlertsAndTheDashboardReadIsExposedWithTheLabelsTheySelectOn(RunningSuite suite) throws IOException {
        // some series appear with the first call of their kind: score a draft first
        Negotiator negotiator = new Negotiator(suite);
        long draft = negotiator.createDraft("Cotton, for the metrics");
        negotiator.api().post("/api/v1/drafts/" + draft + "/versions/1/submission").then().statusCode(oneOf(200, 202));

        Map<String, Set<String>> exposed = new HashMap<>();
        for (String service : List.of("trade-data-service", "rules-service", "negotiation-service")) {
            String scrape = given().baseUri(suite.managementUrl(service)).get("/q/metrics").then().statusCode(200)
                    .extract().asString();
            scrape.lines().map(SAMPLE::matcher).filter(Matcher::find).forEach(sample -> exposed
                    .computeIfAbsent(sample.group(1), name -> new HashSet<>()).addAll(labelNames(sample.group(2))));
        }

        Path monitoring = suite.root().resolve("deploy/kubernetes/monitoring");
        List<String> queries = new ArrayList<>();
        YAML.readTree(monitoring.resolve("prometheus-rule.yaml").toFile()).path("spec").path("groups")
                .forEach(group -> group.path("rules").forEach(rule -> queries.add(rule.path("expr").asText())));
        JsonNode dashboard = JSON.readTree(monitoring.resolve("grafana-dashboard.json").toFile());
        dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(target -> queries.add(target.path("expr").asText())));
        assertThat(queries).hasSizeGreaterThan(10);

        for (String query : queries) {
            Matcher selector = SELECTOR.matcher(query);
            assertThat(selector.find()).as("a metric selector in " + query).isTrue();
            do {
                String metric = selector.group(1);
                assertThat(exposed).as(metric + " (read by " + query + ")").containsKey(metric);
                Matcher matcher = MATCHER.matcher(selector.group(2));
                while (matcher.find()) {
                    if (!SCRAPE_LABELS.contains(matcher.group(1))) {
                        assertThat(exposed.get(metric)).as("label " + matcher.group(1) + " of " + metric).contains(matcher.group(1));
                    }
                }
            } while (selector.find());
        }
    }

    private static Set<String> labelNames(String labels) {
        Set<String> names = new HashSet<>();
        if (labels != null) {
            Matcher label = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"").matcher(labels);
            while (label.find()) {
                names.add(label.group(1));
            }
        }
        return names;
    }
}
