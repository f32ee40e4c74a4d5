package org.tradedeal.negotiation.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.tradedeal.negotiation.Negotiation;
import org.tradedeal.negotiation.api.NegotiationInput;
import org.tradedeal.negotiation.api.NegotiationView;

@Mapper
public interface NegotiationMapper {

    NegotiationView toView(Negotiation negotiation);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "deletedBy", ignore = true)
    @Mapping(target = "deletedAt", ignore = true)
    Negotiation toEntity(NegotiationInput input);
}
