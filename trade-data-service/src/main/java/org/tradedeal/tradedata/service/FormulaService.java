package org.tradedeal.tradedata.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.tradedeal.tradedata.formula.AllocationLine;
import org.tradedeal.tradedata.problem.FieldViolation;
import org.tradedeal.tradedata.problem.InvalidFields;
import org.tradedeal.tradedata.problem.InvalidShares;
import org.tradedeal.tradedata.formula.InverseResult;
import org.tradedeal.tradedata.formula.ReciprocalRate;
import org.tradedeal.tradedata.formula.ReciprocalTariffFormula;
import org.tradedeal.tradedata.formula.ShareAllocation;
import org.tradedeal.tradedata.problem.TargetBelowFloor;
import org.tradedeal.tradedata.config.FormulaConfig;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The formula on figures a caller gives: forward, and inverse with an optional allocation by product. */
@ApplicationScoped
public class FormulaService {

    private final FormulaConfig config;
    private final HsProductService products;

    public FormulaService(FormulaConfig config, HsProductService products) {
        this.config = config;
        this.products = products;
    }

    /** A product line and its share (a fraction) of the additional exports. */
    public record Share(String hsCode, BigDecimal share) {
    }

    /** The caller's epsilon and phi, or the configured defaults (USTR's 4 and 0.25 unless configured). */
    public ReciprocalTariffFormula.Parameters parameters(BigDecimal epsilon, BigDecimal phi) {
        return new ReciprocalTariffFormula.Parameters(epsilon == null ? config.defaultEpsilon() : epsilon,
                phi == null ? config.defaultPhi() : phi);
    }

    public ReciprocalRate rate(BigDecimal importsUsd, BigDecimal exportsUsd, ReciprocalTariffFormula.Parameters parameters) {
        return ReciprocalTariffFormula.forward(importsUsd, exportsUsd, parameters);
    }

    /**
     * The fewest additional exports that bring the rate to the target, checked against the forward formula,
     * split across product lines by the shares when given.
     *
     * @throws TargetBelowFloor for a target under 10% or not a whole percent
     * @throws InvalidShares    when the shares do not sum to exactly 1
     */
    public InverseResult inverse(BigDecimal importsUsd, BigDecimal exportsUsd, BigDecimal targetRatePct,
                                 ReciprocalTariffFormula.Parameters parameters, List<Share> allocation) {
        if (!ReciprocalTariffFormula.isPossibleRate(targetRatePct)) {
            throw new TargetBelowFloor(targetRatePct, "targetRatePct");
        }
        List<Share> shares = allocation == null ? List.of() : allocation;
        checkShares(shares);
        BigDecimal target = targetRatePct.setScale(0);
        BigDecimal additional = ReciprocalTariffFormula.additionalExports(importsUsd, exportsUsd, target, parameters);
        BigDecimal required = exportsUsd.add(additional);
        ReciprocalRate current = rate(importsUsd, exportsUsd, parameters);
        ReciprocalRate atAnswer = rate(importsUsd, required, parameters);
        ReciprocalRate oneDollarLess = additional.signum() > 0 ? rate(importsUsd, required.subtract(BigDecimal.ONE), parameters) : null;
        if (atAnswer.ratePct().compareTo(target) > 0 || (oneDollarLess != null && oneDollarLess.ratePct().compareTo(target) <= 0)) {
            throw new IllegalStateException("inverse and forward formula disagree at " + required);
        }
        return new InverseResult(target, importsUsd, exportsUsd, required, additional, additional.signum() == 0, current,
                atAnswer, oneDollarLess, allocate(additional, shares));
    }

    private static void checkShares(List<Share> shares) {
        if (shares.isEmpty()) {
            return;
        }
        requireDistinct(shares.stream().map(Share::hsCode).toList(), "allocation");
        List<BigDecimal> values = shares.stream().map(Share::share).toList();
        if (!ShareAllocation.validShares(values)) {
            throw new InvalidShares(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    /**
     * Each HS code of a list in the body once: every repeat is named as {@code fieldPrefix[i].hsCode}.
     *
     * @throws InvalidFields listing every repeat
     */
    static void requireDistinct(List<String> hsCodes, String fieldPrefix) {
        Set<String> seen = new HashSet<>();
        List<FieldViolation> duplicates = new ArrayList<>();
        for (int i = 0; i < hsCodes.size(); i++) {
            if (!seen.add(hsCodes.get(i))) {
                duplicates.add(FieldViolation.body(fieldPrefix + "[" + i + "].hsCode",
                        "product " + hsCodes.get(i) + " appears more than once"));
            }
        }
        if (!duplicates.isEmpty()) {
            throw new InvalidFields(duplicates);
        }
    }

    private List<AllocationLine> allocate(BigDecimal additional, List<Share> shares) {
        if (shares.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = products.descriptions();
        List<BigDecimal> parts = ShareAllocation.allocate(additional, shares.stream().map(Share::share).toList());
        List<AllocationLine> lines = new ArrayList<>(shares.size());
        for (int i = 0; i < shares.size(); i++) {
            Share share = shares.get(i);
            lines.add(new AllocationLine(share.hsCode(), names.get(share.hsCode()), share.share(), parts.get(i)));
        }
        return lines;
    }
}
