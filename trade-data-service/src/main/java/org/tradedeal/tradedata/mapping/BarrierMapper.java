package org.tradedeal.tradedata.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.tradedeal.tradedata.BarrierStatusChange;
import org.tradedeal.tradedata.NonTariffBarrier;
import org.tradedeal.tradedata.api.BarrierInput;
import org.tradedeal.tradedata.api.BarrierView;
import org.tradedeal.tradedata.api.StatusChangeView;

@Mapper(uses = Numbers.class)
public interface BarrierMapper {

    BarrierView toView(NonTariffBarrier barrier);

    StatusChangeView toView(BarrierStatusChange change);

    /** A new barrier starts LISTED; the service sets status, date and the first history entry. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "statusSince", ignore = true)
    @Mapping(target = "history", ignore = true)
    @Mapping(target = "version", ignore = true)
    NonTariffBarrier toEntity(BarrierInput input);
}
