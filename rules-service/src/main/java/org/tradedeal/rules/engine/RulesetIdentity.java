package org.tradedeal.rules.engine;

import jakarta.enterprise.context.ApplicationScoped;
import org.tradedeal.rules.api.EvaluationResult;
import org.tradedeal.rules.config.ScoringConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Which rules scored a draft: the configured name and version, and a SHA-256 over the DRL sources, so
 * that two evaluations with the same hash were made by exactly the same rules.
 */
@ApplicationScoped
public class RulesetIdentity {

    /** The rule files, in hash order. A test makes sure every DRL of the module is listed here. */
    public static final List<String> DRL_FILES = List.of(
            "org/tradedeal/rules/balance.drl",
            "org/tradedeal/rules/barriers.drl",
            "org/tradedeal/rules/credibility.drl",
            "org/tradedeal/rules/deficit.drl",
            "org/tradedeal/rules/tariffs.drl");

    private final EvaluationResult.Ruleset ruleset;

    public RulesetIdentity(ScoringConfig config) {
        this.ruleset = new EvaluationResult.Ruleset(config.ruleset().name(), config.ruleset().version(), contentHash());
    }

    public EvaluationResult.Ruleset ruleset() {
        return ruleset;
    }

    static String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : DRL_FILES) {
                try (InputStream in = RulesetIdentity.class.getClassLoader().getResourceAsStream(file)) {
                    if (in == null) {
                        throw new IllegalStateException("Rule file " + file + " is not on the class path");
                    }
                    digest.update(file.getBytes(StandardCharsets.UTF_8));
                    digest.update(in.readAllBytes());
                }
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
