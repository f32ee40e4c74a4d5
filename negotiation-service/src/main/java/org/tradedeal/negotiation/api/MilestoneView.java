package org.tradedeal.negotiation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.negotiation.MilestoneKind;
import org.tradedeal.negotiation.MilestoneStatus;

import java.time.LocalDate;

@Schema(name = "Milestone")
public record MilestoneView(long id, long negotiationId, MilestoneKind kind, String title, LocalDate dueDate,
                            MilestoneStatus status, LocalDate doneOn, String notes, long version) {
}
