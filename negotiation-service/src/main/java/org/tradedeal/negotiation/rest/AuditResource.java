package org.tradedeal.negotiation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tradedeal.negotiation.AuditRecord;
import org.tradedeal.negotiation.api.AuditRecordView;
import org.tradedeal.negotiation.security.Roles;
import org.tradedeal.negotiation.service.AuditTrail;

import java.util.List;

// Kept identical to trade-data-service/src/main/java/org/tradedeal/tradedata/rest/AuditResource.java but for its
// examples and the entity types it names (a deliberate copy: the services share no code at run time).
@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/audit-records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what: the append-only audit trail, for admins")
public class AuditResource {

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Path("/by-entity")
    @Operation(operationId = "listAuditRecordsByEntity", summary = "Every change of one entity, oldest first")
    @APIResponse(responseCode = "200", description = "The records")
    @APIResponse(responseCode = "400", description = "entityType or entityId missing")
    public List<AuditRecordView> byEntity(
            @Parameter(description = "Negotiation, Milestone, ProposalDraft or DraftVersion", example = "Negotiation")
            @QueryParam("entityType") @NotBlank String entityType,
            @Parameter(description = "The entity's id (a version: draftId/number)", example = "1")
            @QueryParam("entityId") @NotBlank String entityId) {
        return trail.byEntity(entityType, entityId).stream().map(AuditResource::toView).toList();
    }

    @GET
    @Path("/by-actor")
    @Operation(operationId = "listAuditRecordsByActor", summary = "Every change one user made, oldest first")
    @APIResponse(responseCode = "200", description = "The records")
    @APIResponse(responseCode = "400", description = "actor missing")
    public List<AuditRecordView> byActor(
            @Parameter(description = "The user name", example = "pk-negotiator") @QueryParam("actor") @NotBlank String actor) {
        return trail.byActor(actor).stream().map(AuditResource::toView).toList();
    }

    private static AuditRecordView toView(AuditRecord record) {
        return new AuditRecordView(record.id, record.at, record.actor, record.action, record.entityType, record.entityId,
                record.beforeSha256, record.afterSha256);
    }
}
