package org.tradedeal.tradedata.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.tradedeal.tradedata.TariffMeasure;
import org.tradedeal.tradedata.TariffMeasureStatusChange;
import org.tradedeal.tradedata.api.StatusChangeView;
import org.tradedeal.tradedata.api.TariffMeasureInput;
import org.tradedeal.tradedata.api.TariffMeasureView;


/** Rates are stored with 3 decimals: {@link Numbers#plain} shows 19, not 19.000. */
@Mapper(uses = Numbers.class)
public interface TariffMeasureMapper {

    TariffMeasureView toView(TariffMeasure measure);

    StatusChangeView toView(TariffMeasureStatusChange change);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "history", ignore = true)
    @Mapping(target = "version", ignore = true)
    TariffMeasure toEntity(TariffMeasureInput input);

}
