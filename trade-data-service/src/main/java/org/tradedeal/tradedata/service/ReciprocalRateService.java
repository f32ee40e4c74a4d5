package org.tradedeal.tradedata.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.tradedeal.tradedata.api.AddedExport;
import org.tradedeal.tradedata.api.DataInverse;
import org.tradedeal.tradedata.problem.FieldViolation;
import org.tradedeal.tradedata.problem.FormulaNotApplicable;
import org.tradedeal.tradedata.problem.InvalidFields;
import org.tradedeal.tradedata.formula.InverseResult;
import org.tradedeal.tradedata.LedgerFigures;
import org.tradedeal.tradedata.LedgerFigures.ChosenFigure;
import org.tradedeal.tradedata.problem.NoTradeData;
import org.tradedeal.tradedata.PeriodBasis;
import org.tradedeal.tradedata.api.ProductLine;
import org.tradedeal.tradedata.api.PublishedComparison;
import org.tradedeal.tradedata.api.RateAnswer;
import org.tradedeal.tradedata.formula.ReciprocalRate;
import org.tradedeal.tradedata.formula.ReciprocalTariffFormula;
import org.tradedeal.tradedata.formula.ReciprocalTariffFormula.ExportsWindow;
import org.tradedeal.tradedata.formula.ReciprocalTariffFormula.Parameters;
import org.tradedeal.tradedata.TariffMeasure;
import org.tradedeal.tradedata.api.TradeBalance;
import org.tradedeal.tradedata.ValuePrecision;
import org.tradedeal.tradedata.api.WhatIf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.tradedeal.tradedata.LedgerFigures.dollars;
import static org.tradedeal.tradedata.LedgerFigures.millions;
import static org.tradedeal.tradedata.mapping.Numbers.plain;

/**
 * The formula on the figures the service holds: forward (with the published rate beside it, and why they
 * differ), inverse and what-if. Imports and exports come only from the reporter's own ledger.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReciprocalRateService {

    private final LedgerService ledger;
    private final FormulaService formula;
    private final TariffMeasureService measures;
    private final HsProductService products;

    public ReciprocalRateService(LedgerService ledger, FormulaService formula, TariffMeasureService measures,
                                 HsProductService products) {
        this.ledger = ledger;
        this.formula = formula;
        this.measures = measures;
        this.products = products;
    }

    /** An export added in a what-if. */
    public record Added(String hsCode, BigDecimal addedUsd) {
    }

    public RateAnswer forward(String reporter, String partner, int year, PeriodBasis basis, BigDecimal epsilon, BigDecimal phi) {
        Parameters parameters = formula.parameters(epsilon, phi);
        TradeBalance balance = requireBothFigures(ledger.balance(reporter, partner, year, basis));
        ReciprocalRate rate = formula.rate(balance.imports().valueUsd(), balance.exports().valueUsd(), parameters);
        List<TariffMeasure> between = measures.between(reporter, partner);
        PublishedComparison published = between.stream()
                .filter(measure -> measure.formulaDataYear != null && measure.formulaDataYear == year)
                .findFirst()
                .map(measure -> compare(measure, balance.imports(), balance.exports(), between))
                .orElse(null);
        List<String> notes = notesWithFigures(balance);
        if (!parameters.equals(Parameters.USTR) && published != null) {
            notes.add("The rate uses epsilon " + parameters.epsilon().toPlainString() + " and phi " + parameters.phi().toPlainString()
                    + "; the comparison with the published rate uses USTR's 4 and 0.25.");
        }
        if (published == null) {
            notes.add("No rate published as computed from " + year + " data is held for " + reporter + " on " + partner + ".");
        }
        return new RateAnswer(reporter, partner, year, balance.basis(), balance.period(), balance.imports(), balance.exports(),
                balance.imports().exact() && balance.exports().exact(), rate, published, between, List.copyOf(notes));
    }

    public DataInverse inverse(String reporter, String partner, int year, PeriodBasis basis, BigDecimal targetRatePct,
                               BigDecimal importsUsd, BigDecimal importsChangeUsd, BigDecimal epsilon, BigDecimal phi,
                               List<FormulaService.Share> allocation) {
        Parameters parameters = formula.parameters(epsilon, phi);
        TradeBalance balance = requireBothFigures(ledger.balance(reporter, partner, year, basis));
        BigDecimal imports = adjustedImports(balance.imports().valueUsd(), importsUsd, importsChangeUsd);
        InverseResult result = formula.inverse(imports, balance.exports().valueUsd(), targetRatePct, parameters, allocation);
        List<String> notes = notesWithFigures(balance);
        BigDecimal change = imports.subtract(balance.imports().valueUsd());
        return new DataInverse(reporter, partner, year, balance.basis(), balance.period(), balance.imports(), balance.exports(),
                change, result, List.copyOf(notes));
    }

    public WhatIf whatIf(String reporter, String partner, int year, PeriodBasis basis, List<Added> added,
                                                 BigDecimal importsUsd, BigDecimal importsChangeUsd, BigDecimal epsilon,
                                                 BigDecimal phi) {
        List<Added> additions = added == null ? List.of() : added;
        if (additions.isEmpty() && importsUsd == null && importsChangeUsd == null) {
            throw new InvalidFields(FieldViolation.body("addedExports", "give added exports, importsUsd or importsChangeUsd"));
        }
        FormulaService.requireDistinct(additions.stream().map(Added::hsCode).toList(), "addedExports");
        Parameters parameters = formula.parameters(epsilon, phi);
        TradeBalance balance = requireBothFigures(ledger.balance(reporter, partner, year, basis));
        BigDecimal importsBefore = balance.imports().valueUsd();
        BigDecimal importsAfter = adjustedImports(importsBefore, importsUsd, importsChangeUsd);
        BigDecimal exportsBefore = balance.exports().valueUsd();
        BigDecimal addedTotal = additions.stream().map(Added::addedUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal exportsAfter = exportsBefore.add(addedTotal);
        ReciprocalRate before = formula.rate(importsBefore, exportsBefore, parameters);
        ReciprocalRate after = formula.rate(importsAfter, exportsAfter, parameters);

        Map<String, String> names = products.descriptions();
        Map<String, ProductLine> current = balance.exportsByProduct().stream()
                .collect(Collectors.toMap(ProductLine::hsCode, Function.identity(), (first, second) -> first));
        List<AddedExport> addedExports = additions.stream().map(addition -> {
            ProductLine line = current.get(addition.hsCode());
            return new AddedExport(addition.hsCode(), names.get(addition.hsCode()), addition.addedUsd(),
                    line == null ? null : line.valueUsd(), line == null ? null : line.ledger(), line == null ? null : line.period());
        }).toList();
        List<String> notes = notesWithFigures(balance);
        return new WhatIf(reporter, partner, year, balance.basis(), balance.period(),
                balance.imports(), balance.exports(), importsBefore, importsAfter, exportsBefore, addedTotal, exportsAfter,
                addedExports, before, after, after.ratePct().subtract(before.ratePct()), List.copyOf(notes));
    }

    private static TradeBalance requireBothFigures(TradeBalance balance) {
        if (balance.imports() == null || balance.exports() == null) {
            throw new NoTradeData("The formula needs both imports and exports from the ledger of " + balance.reporter()
                    + "; for " + balance.partner() + " in " + balance.period() + " it holds "
                    + (balance.imports() == null ? "no imports" : "no exports") + ".");
        }
        if (balance.imports().valueUsd().signum() == 0) {
            throw new FormulaNotApplicable("Imports from " + balance.partner() + " are zero in " + balance.period()
                    + ": the formula divides by imports.");
        }
        return balance;
    }

    private static BigDecimal adjustedImports(BigDecimal held, BigDecimal replacement, BigDecimal change) {
        if (replacement != null && change != null) {
            throw new InvalidFields(List.of(
                    FieldViolation.body("importsUsd", "give importsUsd or importsChangeUsd, not both"),
                    FieldViolation.body("importsChangeUsd", "give importsUsd or importsChangeUsd, not both")));
        }
        BigDecimal imports = replacement != null ? replacement : held.add(change == null ? BigDecimal.ZERO : change);
        if (imports.signum() <= 0) {
            throw new InvalidFields(FieldViolation.body("importsChangeUsd",
                    "would leave imports at " + dollars(imports) + " USD; the formula needs positive imports"));
        }
        return imports;
    }

    /** The ledger's notes (a copy to add to), after a line on each of the two figures the formula uses. */
    private static List<String> notesWithFigures(TradeBalance balance) {
        List<String> notes = new ArrayList<>(balance.notes());
        notes.add(0, describe("imports (m)", balance.imports()));
        notes.add(1, describe("exports (x)", balance.exports()));
        return notes;
    }

    private static String describe(String what, ChosenFigure figure) {
        return String.format("%s: %s USD, %s%s, %s, from \"%s\" (vintage %s, %s)", what, dollars(figure.valueUsd()),
                figure.precision(), figure.precisionNote() == null ? "" : " (" + figure.precisionNote() + ")",
                figure.derivation() == LedgerFigures.Derivation.HS2_SUM ? "sum of " + figure.rowCount() + " HS chapter rows" : "total row",
                figure.source(), figure.vintage(), figure.period());
    }

    /**
     * The formula (with USTR's parameters, as the published rate was computed) on the figures held, against
     * the published rate; when they differ, the window of exports that would reproduce the published pair
     * and what the precision of the inputs says about the difference.
     */
    private static PublishedComparison compare(TariffMeasure published, ChosenFigure imports, ChosenFigure exports,
                                               List<TariffMeasure> between) {
        BigDecimal publishedRate = plain(published.ratePct);
        BigDecimal publishedCharged = plain(published.formulaChargedPct);
        ReciprocalRate onData = ReciprocalTariffFormula.forward(imports.valueUsd(), exports.valueUsd(), Parameters.USTR);
        boolean agrees = onData.ratePct().compareTo(publishedRate) == 0
                && (publishedCharged == null || onData.chargedPct().compareTo(publishedCharged) == 0);
        Optional<ExportsWindow> window = ReciprocalTariffFormula.exportsWindow(imports.valueUsd(), publishedRate,
                publishedCharged, Parameters.USTR);
        boolean inWindow = window.map(w -> w.contains(exports.valueUsd())).orElse(false);

        String publishedPair = publishedCharged == null ? publishedRate + "%"
                : publishedRate + "% (charged " + publishedCharged + "%)";
        StringBuilder text = new StringBuilder();
        text.append("Published rate: ").append(publishedPair).append(" under ").append(published.authority)
                .append(published.legalInstrument == null ? "" : ", " + published.legalInstrument)
                .append(", computed from ").append(published.formulaDataYear).append(" data; now ").append(published.status)
                .append(". The formula with USTR's parameters on the figures held gives ").append(onData.ratePct())
                .append("% (charged ").append(onData.chargedPct()).append("%)");
        if (agrees) {
            text.append(", the same as published.");
        } else {
            text.append(": it differs from the published ").append(publishedPair).append('.');
            window.ifPresentOrElse(w -> text.append(" With imports of ").append(dollars(imports.valueUsd()))
                            .append(" USD the published figures hold for exports ")
                            .append(w.maxExportsUsd() == null ? "of at least " + millions(w.minExportsUsd()) + " USD"
                                    : "between " + millions(w.minExportsUsd()) + " and " + millions(w.maxExportsUsd())
                                    + " USD (" + dollars(w.minExportsUsd()) + " to " + dollars(w.maxExportsUsd()) + ")")
                            .append("; the exports figure used is ").append(dollars(exports.valueUsd())).append(" USD."),
                    () -> text.append(" No exports reproduce the published figures with the imports held."));
            text.append(why(imports, exports, window));
        }
        String later = between.stream()
                .filter(measure -> !measure.id.equals(published.id) && measure.announcedOn != null
                        && published.announcedOn != null && measure.announcedOn.isAfter(published.announcedOn))
                .map(measure -> plain(measure.ratePct) + "% under " + measure.authority
                        + (measure.validFrom != null ? " from " + measure.validFrom : " announced " + measure.announcedOn)
                        + " (" + measure.status + (measure.status.name().equals("VOIDED") && measure.validUntil != null
                        ? " " + measure.validUntil : "") + ")")
                .collect(Collectors.joining("; "));
        if (!later.isEmpty()) {
            text.append(" Later measures: ").append(later).append('.');
        }
        return new PublishedComparison(published.id, published.authority, published.title, published.legalInstrument,
                published.status, publishedRate, publishedCharged, published.formulaDataYear, onData.ratePct(),
                onData.chargedPct(), agrees, window.orElse(null), inWindow, text.toString());
    }

    /** Why the figures held do not give the published rate, from their precision. */
    private static String why(ChosenFigure imports, ChosenFigure exports, Optional<ExportsWindow> window) {
        StringBuilder text = new StringBuilder();
        if (!exports.exact()) {
            text.append(" The exports figure is ").append(exports.precision())
                    .append(exports.precisionNote() == null ? "" : " (" + exports.precisionNote() + ")");
            if (exports.precision() == ValuePrecision.ROUNDED && exports.roundingUnitUsd() != null) {
                LedgerFigures.Figure figure = exports.figure();
                text.append(": it stands for any value from ").append(millions(figure.lowestPossibleUsd())).append(" to ")
                        .append(millions(figure.highestPossibleUsd())).append(" USD");
                boolean reachable = window.map(w -> w.overlaps(figure.lowestPossibleUsd(), figure.highestPossibleUsd())).orElse(false);
                text.append(reachable
                        ? ", which reaches into that window: the difference comes from the rounding of the input, not from the formula."
                        : ", which does not reach that window: the published rate rests on other data than the figure held.");
            } else {
                text.append(", not exact: the exact figure is needed to reproduce the published rate.");
            }
        }
        if (!imports.exact()) {
            text.append(" The imports figure is ").append(imports.precision())
                    .append(imports.precisionNote() == null ? "" : " (" + imports.precisionNote() + ")")
                    .append(" too, and the window moves with the imports.");
        }
        if (exports.exact() && imports.exact()) {
            text.append(" Both figures are exact: the published rate rests on other data (another release) than the figures held.");
        }
        return text.toString();
    }
}
