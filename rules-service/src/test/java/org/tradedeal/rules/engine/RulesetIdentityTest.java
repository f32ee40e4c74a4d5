package org.tradedeal.rules.engine;

import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;
import org.tradedeal.rules.config.ScoringConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RulesetIdentityTest {

    private static final Path MAIN = Path.of("src/main");

    @Test
    void theContentHashCoversEveryRuleFileAndEveryClassTheRulesCall() throws IOException {
        List<String> scoringSources;
        try (Stream<Path> files = Files.walk(MAIN)) {
            scoringSources = files.map(file -> MAIN.relativize(file).toString().replace('\\', '/'))
                    .filter(file -> file.endsWith(".drl")
                            || file.matches("java/org/tradedeal/rules/[A-Za-z]+\\.java")
                            || file.matches("java/org/tradedeal/rules/(formula|engine)/[A-Za-z]+\\.java")
                            || file.equals("java/org/tradedeal/rules/config/ScoringConfig.java"))
                    .toList();
        }
        assertThat(scoringSources).contains("resources/org/tradedeal/rules/deficit.drl",
                "java/org/tradedeal/rules/CredibleValue.java", "java/org/tradedeal/rules/formula/ReciprocalFormula.java");
        assertThat(RulesetIdentity.sourceFiles()).containsExactlyInAnyOrderElementsOf(scoringSources);
        assertThat(RulesetIdentity.drlFiles()).hasSize(5).allMatch(file -> file.startsWith("org/tradedeal/rules/"));
    }

    @Test
    void theSameConfigurationGivesTheSameHash() {
        assertThat(identity(config()).ruleset().contentHash()).startsWith("sha256:")
                .isEqualTo(identity(config()).ruleset().contentHash());
    }

    @Test
    void aWeightSetInTheEnvironmentChangesTheHash() {
        String defaults = identity(config()).ruleset().contentHash();
        assertThat(identity(config("scoring.weights.deficit", "50")).ruleset().contentHash()).isNotEqualTo(defaults);
        assertThat(identity(config("scoring.credibility.blocked-discount", "0.4")).ruleset().contentHash())
                .isNotEqualTo(defaults);
        // The same value, written otherwise, is the same scoring.
        assertThat(identity(config("scoring.weights.deficit", "40.00")).ruleset().contentHash()).isEqualTo(defaults);
    }

    @Test
    void aConfigurationThatBreaksMonotonicityStopsTheStart() {
        assertThatThrownBy(() -> new ScoringParametersFactory(config("scoring.barriers.undated-factor", "0.9")))
                .hasMessageContaining("scoring.barriers.undated-factor");
        assertThatThrownBy(() -> new ScoringParametersFactory(config("scoring.best-effort-factor", "1.5")))
                .hasMessageContaining("scoring.best-effort-factor");
    }

    private static RulesetIdentity identity(ScoringConfig config) {
        return new RulesetIdentity(config, new ScoringParametersFactory(config));
    }

    private static ScoringConfig config(String... properties) {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().withMapping(ScoringConfig.class);
        for (int i = 0; i < properties.length; i += 2) {
            builder.withDefaultValue(properties[i], properties[i + 1]);
        }
        return builder.build().getConfigMapping(ScoringConfig.class);
    }
}
