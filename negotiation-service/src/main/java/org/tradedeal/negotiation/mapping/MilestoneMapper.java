package org.tradedeal.negotiation.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.tradedeal.negotiation.Milestone;
import org.tradedeal.negotiation.api.MilestoneInput;
import org.tradedeal.negotiation.api.MilestoneView;

@Mapper
public interface MilestoneMapper {

    @Mapping(target = "negotiationId", source = "negotiation.id")
    MilestoneView toView(Milestone milestone);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "negotiation", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "deletedBy", ignore = true)
    @Mapping(target = "deletedAt", ignore = true)
    Milestone toEntity(MilestoneInput input);
}
