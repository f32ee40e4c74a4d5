package org.tradedeal.rules.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RulesetIdentityTest {

    @Test
    void theContentHashCoversEveryRuleFileOfTheModule() throws IOException {
        Path resources = Path.of("src/main/resources");
        try (Stream<Path> files = Files.walk(resources)) {
            assertThat(files.filter(file -> file.toString().endsWith(".drl"))
                    .map(file -> resources.relativize(file).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrderElementsOf(RulesetIdentity.DRL_FILES);
        }
    }

    @Test
    void theContentHashIsStable() {
        assertThat(RulesetIdentity.contentHash()).startsWith("sha256:").isEqualTo(RulesetIdentity.contentHash());
    }
}
