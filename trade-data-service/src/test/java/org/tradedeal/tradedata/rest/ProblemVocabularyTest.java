package org.tradedeal.tradedata.rest;

import org.junit.jupiter.api.Test;
import org.tradedeal.tradedata.problem.ProblemTypes;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Holds this service's problem vocabulary to the suite's one table, "Problem types" in the root README.md: the
 * same failure has the same type, title and status in every service.
 * <p>
 * A deliberate copy: kept identical to negotiation-service's, rules-service's and trade-data-service's
 * {@code rest/ProblemVocabularyTest.java} (only the package and {@link #SERVICE} differ).
 */
class ProblemVocabularyTest {

    private static final String SERVICE = "trade-data";
    private static final String HEADING = "## Problem types";

    /** One row of the README's table. */
    record Row(String failure, String status, String type, String title, String services, String raisedBy) {

        boolean concerns(String service) {
            return services.equals("all") || Arrays.stream(services.split(",")).map(String::trim)
                    .anyMatch(service::equals);
        }
    }

    static List<Row> table() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
        int start = lines.indexOf(HEADING);
        assertTrue(start >= 0, "the root README.md has a section " + HEADING);
        List<Row> rows = new ArrayList<>();
        boolean header = true;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|")) {
                continue;
            }
            if (header || line.startsWith("|---")) {
                header = false;
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
                    .map(cell -> cell.trim().replace("`", "")).toList();
            assertEquals(6, cells.size(), "six cells: " + line);
            rows.add(new Row(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4),
                    cells.get(5)));
        }
        assertFalse(rows.isEmpty(), "the table of " + HEADING + " has rows");
        return rows;
    }

    static List<Row> ours() throws IOException {
        return table().stream().filter(row -> row.concerns(SERVICE)).toList();
    }

    @Test
    void problemTypesDeclaresExactlyTheTypesTheReadmeGivesThisService() throws Exception {
        Set<String> declared = new TreeSet<>();
        for (Field field : ProblemTypes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == URI.class) {
                declared.add(field.get(null).toString());
            }
        }
        Set<String> listed = ours().stream().map(Row::type).filter(type -> !type.contains("<"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(listed, declared);
    }

    @Test
    void eachTypeHasOneStatusAndOneTitleInTheTable() throws IOException {
        table().stream().collect(Collectors.groupingBy(Row::type)).forEach((type, rows) ->
                assertEquals(1, rows.size(), type + " is one row"));
    }

    @Test
    void whatTheFrameworkRaisesGetsTheTypeAndTitleOfTheTable() throws IOException {
        List<Row> framework = ours().stream().filter(row -> row.raisedBy().equals("framework")).toList();
        assertTrue(framework.size() >= 14, "the framework's rows: " + framework);
        for (Row row : framework) {
            if (row.status().matches("\\d{3}")) {
                ProblemTypeDefaults.Kind kind = ProblemTypeDefaults.kindOf(Integer.parseInt(row.status()),
                        row.type().equals(ProblemTypes.VALIDATION.toString()));
                assertEquals(row.type(), kind.type().toString(), row.failure());
                assertEquals(row.title(), kind.title(), row.failure());
            } else {
                // any other status: http-<status> with its reason phrase
                ProblemTypeDefaults.Kind kind = ProblemTypeDefaults.kindOf(429, false);
                assertEquals(row.type().replace("<status>", "429"), kind.type().toString());
                assertEquals("Too Many Requests", kind.title());
            }
        }
    }

    @Test
    void theServicesOwnProblemsCarryTheTitleOfTheTable() throws IOException {
        String sources;
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            sources = files.filter(file -> file.toString().endsWith(".java")).map(file -> {
                try {
                    return Files.readString(file);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
        for (Row row : ours()) {
            if (row.raisedBy().equals("service")) {
                assertTrue(sources.contains("\"" + row.title() + "\""), row.type() + " is titled " + row.title());
            }
        }
    }
}
