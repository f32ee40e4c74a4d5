package org.tradedeal.tradedata.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.tradedeal.tradedata.TradeFlow;
import org.tradedeal.tradedata.api.TradeFlowInput;
import org.tradedeal.tradedata.api.TradeFlowView;

@Mapper
public interface TradeFlowMapper {

    TradeFlowView toView(TradeFlow flow);

    /** The year (and a missing basis) come from the period label; the service sets them. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "year", ignore = true)
    @Mapping(target = "importBatchId", ignore = true)
    @Mapping(target = "sourceLine", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "deletedAt", ignore = true)
    @Mapping(target = "deletedBy", ignore = true)
    TradeFlow toEntity(TradeFlowInput input);
}
