package org.tradedeal.tradedata.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.tradedeal.tradedata.api.Baseline;
import org.tradedeal.tradedata.PeriodBasis;
import org.tradedeal.tradedata.formula.ReciprocalRate;
import org.tradedeal.tradedata.api.TradeBalance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The one answer negotiation-service asks for per draft: flows, measures, barriers and the formula. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BaselineService {

    private final LedgerService ledger;
    private final FormulaService formula;
    private final TariffMeasureService measures;
    private final BarrierService barriers;

    public BaselineService(LedgerService ledger, FormulaService formula, TariffMeasureService measures,
                           BarrierService barriers) {
        this.ledger = ledger;
        this.formula = formula;
        this.measures = measures;
        this.barriers = barriers;
    }

    /**
     * @throws org.tradedeal.tradedata.problem.NoTradeData when the reporter's ledger holds no flows for the pair and year
     */
    public Baseline baseline(String reporter, String partner, int year, PeriodBasis basis, BigDecimal epsilon, BigDecimal phi) {
        TradeBalance balance = ledger.balance(reporter, partner, year, basis);
        List<String> notes = new ArrayList<>(balance.notes());
        BigDecimal imports = balance.imports() == null ? null : balance.imports().valueUsd();
        BigDecimal exports = balance.exports() == null ? null : balance.exports().valueUsd();
        ReciprocalRate rate = null;
        if (imports != null && exports != null && imports.signum() > 0) {
            rate = formula.rate(imports, exports, formula.parameters(epsilon, phi));
        } else {
            notes.add("reciprocalRate is null: the formula needs positive imports and exports from the ledger of " + reporter + ".");
        }
        return new Baseline(reporter, partner, year, balance.basis(), balance.period(), imports, exports, balance.imports(),
                balance.exports(), balance.importsByProduct(), balance.exportsByProduct(), measures.between(reporter, partner),
                barriers.concerns(partner, reporter), rate, List.copyOf(notes));
    }
}
