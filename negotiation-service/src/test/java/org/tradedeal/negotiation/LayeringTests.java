package org.tradedeal.negotiation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layering runs one way (shared STYLE.md): the public API records do not borrow a downstream's records,
 * so a rules-service change cannot reshape this service's OpenAPI, and mapping never reaches up into the
 * use cases.
 */
class LayeringTests {

    private static final Path SOURCES = Path.of("src/main/java/org/tradedeal/negotiation");

    @Test
    void apiRecordsDoNotExposeClientRecords() throws IOException {
        assertThat(importsOf("api")).noneMatch(line -> line.contains("org.tradedeal.negotiation.client."));
    }

    @Test
    void mappingDoesNotImportTheServiceLayer() throws IOException {
        assertThat(importsOf("mapping")).noneMatch(line -> line.contains("org.tradedeal.negotiation.service."));
    }

    private static List<String> importsOf(String layer) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(layer))) {
            List<Path> sources = files.filter(file -> file.toString().endsWith(".java")).toList();
            assertThat(sources).isNotEmpty();
            return sources.stream().flatMap(LayeringTests::lines).filter(line -> line.startsWith("import ")).toList();
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
