package org.tradedeal.tradedata.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.tradedeal.tradedata.api.AddedExport;
import org.tradedeal.tradedata.formula.AllocationLine;
import org.tradedeal.tradedata.api.Baseline;
import org.tradedeal.tradedata.api.DataInverse;
import org.tradedeal.tradedata.formula.InverseResult;
import org.tradedeal.tradedata.LedgerFigures;
import org.tradedeal.tradedata.api.ProductLine;
import org.tradedeal.tradedata.api.PublishedComparison;
import org.tradedeal.tradedata.api.RateAnswer;
import org.tradedeal.tradedata.formula.ReciprocalRate;
import org.tradedeal.tradedata.formula.ReciprocalTariffFormula;
import org.tradedeal.tradedata.api.TradeBalance;
import org.tradedeal.tradedata.api.WhatIf;
import org.tradedeal.tradedata.api.AddedExportView;
import org.tradedeal.tradedata.api.AllocationLineView;
import org.tradedeal.tradedata.api.BaselineView;
import org.tradedeal.tradedata.api.DataInverseView;
import org.tradedeal.tradedata.api.ExportsWindowView;
import org.tradedeal.tradedata.api.FigureView;
import org.tradedeal.tradedata.api.InverseView;
import org.tradedeal.tradedata.api.LedgerFigureView;
import org.tradedeal.tradedata.api.ProductLineView;
import org.tradedeal.tradedata.api.PublishedComparisonView;
import org.tradedeal.tradedata.api.RateAnswerView;
import org.tradedeal.tradedata.api.ReciprocalRateView;
import org.tradedeal.tradedata.api.TradeBalanceView;
import org.tradedeal.tradedata.api.WhatIfView;


/** The computed answers (formula, balances, baseline) to their API records. */
@Mapper(uses = {Numbers.class, TariffMeasureMapper.class, BarrierMapper.class})
public interface AnswerMapper {

    ReciprocalRateView toView(ReciprocalRate rate);

    LedgerFigureView toView(LedgerFigures.ChosenFigure figure);

    FigureView toView(LedgerFigures.Figure figure);

    ProductLineView toView(ProductLine line);

    TradeBalanceView toView(TradeBalance balance);

    ExportsWindowView toView(ReciprocalTariffFormula.ExportsWindow window);

    PublishedComparisonView toView(PublishedComparison comparison);

    RateAnswerView toView(RateAnswer answer);

    AllocationLineView toView(AllocationLine line);

    InverseView toView(InverseResult result);

    DataInverseView toView(DataInverse inverse);

    AddedExportView toView(AddedExport added);

    WhatIfView toView(WhatIf whatIf);

    @Mapping(target = "dataVintage", ignore = true)
    BaselineView toViewWithoutVintage(Baseline baseline);

    /** The baseline with its data-vintage id: a hash of everything else in the answer. */
    default BaselineView toView(Baseline baseline) {
        BaselineView view = toViewWithoutVintage(baseline);
        return new BaselineView(view.reporter(), view.partner(), view.year(), view.basis(), view.period(), DataVintage.of(view),
                view.importsUsd(), view.exportsUsd(), view.imports(), view.exports(), view.importsByProduct(),
                view.exportsByProduct(), view.measures(), view.barriers(), view.reciprocalRate(), view.notes());
    }

}
