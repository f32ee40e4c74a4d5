package org.tradedeal.rules.engine;

import jakarta.enterprise.context.ApplicationScoped;
import org.tradedeal.rules.Concern;
import org.tradedeal.rules.ScoringParameters;
import org.tradedeal.rules.api.EvaluationResult;
import org.tradedeal.rules.config.ScoringConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * Which rules scored a draft: the configured name and version, and a content hash over everything that
 * can change a score: the DRL files, the Java the rules call (facts, helpers, the formula, the engine that
 * builds the facts and sums the points), the scoring defaults (in {@code ScoringConfig}'s source) and the
 * effective configuration the service runs with (an environment variable that changes a weight changes
 * the hash). The sources are hashed at build time ({@value #SOURCES}, written by the build); the
 * configuration at start. Two evaluations with the same hash were made by exactly the same scoring.
 */
@ApplicationScoped
public class RulesetIdentity {

    /** Written by the build (maven-antrun's checksum over the scoring sources, see the POM). */
    static final String SOURCES = "org/tradedeal/rules/ruleset-sources.properties";

    private final EvaluationResult.Ruleset ruleset;

    public RulesetIdentity(ScoringConfig config, ScoringParametersFactory parameters) {
        this.ruleset = new EvaluationResult.Ruleset(config.ruleset().name(), config.ruleset().version(),
                contentHash(sources().getProperty("sha256"), configuration(parameters.defaults(), config.verdict())));
    }

    public EvaluationResult.Ruleset ruleset() {
        return ruleset;
    }

    /** The DRL files of the rule base, as the build listed them. */
    public static List<String> drlFiles() {
        return Arrays.stream(sourceFiles()).filter(file -> file.endsWith(".drl"))
                .map(file -> file.substring("resources/".length())).toList();
    }

    /** Every source file the hash covers, relative to {@code src/main}. */
    static String[] sourceFiles() {
        return sources().getProperty("files").split(",");
    }

    static String contentHash(String sourcesHash, String configuration) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(sourcesHash.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(configuration.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The effective scoring configuration, one {@code name=value} a line, values by number, not by spelling. */
    static String configuration(ScoringParameters p, ScoringConfig.Verdict verdict) {
        List<String> lines = new ArrayList<>();
        lines.add("formula.epsilon=" + plain(p.epsilon()));
        lines.add("formula.phi=" + plain(p.phi()));
        for (Concern concern : Concern.values()) {
            lines.add("weights." + concern.name().toLowerCase() + "=" + plain(p.max(concern)));
        }
        lines.add("window.years=" + p.windowYears());
        lines.add("best-effort-factor=" + plain(p.bestEffortFactor()));
        ScoringParameters.Barriers barriers = p.barriers();
        lines.add("barriers=" + plain(barriers.baseWeight()) + "," + plain(barriers.tradeUnitUsd()) + ","
                + plain(barriers.undatedFactor()) + "," + plain(barriers.unverifiableFactor()) + ","
                + plain(barriers.nonBindingFactor()) + "," + plain(barriers.lateFactor()));
        lines.add("tariffs=" + plain(p.tariffs().fullReliefShare()));
        ScoringParameters.Credibility credibility = p.credibility();
        lines.add("credibility=" + plain(credibility.bindingPurchasesShare()) + ","
                + plain(credibility.firmRemovalsShare()) + "," + plain(credibility.blockedDiscount()) + ","
                + plain(credibility.plausibleMultiple()) + "," + plain(credibility.unlistedProductShare()));
        ScoringParameters.Balance balance = p.balance();
        lines.add("balance=" + plain(balance.concentrationShare()) + "," + plain(balance.spreadShare()) + ","
                + plain(balance.promptShare()));
        lines.add("verdict=" + plain(verdict.addressesConcerns()) + "," + plain(verdict.partiallyAddresses()));
        return String.join("\n", lines);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static Properties sources() {
        try (InputStream in = RulesetIdentity.class.getClassLoader().getResourceAsStream(SOURCES)) {
            if (in == null) {
                throw new IllegalStateException(SOURCES + " is not on the class path: the build writes it");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
