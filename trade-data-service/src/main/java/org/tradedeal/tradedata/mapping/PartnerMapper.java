package org.tradedeal.tradedata.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.tradedeal.tradedata.Partner;
import org.tradedeal.tradedata.api.PartnerInput;
import org.tradedeal.tradedata.api.PartnerView;

@Mapper
public interface PartnerMapper {

    PartnerView toView(Partner partner);

    @Mapping(target = "version", ignore = true)
    Partner toEntity(PartnerInput input);
}
