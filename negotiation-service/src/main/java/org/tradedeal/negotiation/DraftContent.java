package org.tradedeal.negotiation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.negotiation.validation.NotEmptyDraft;

import java.util.List;

/**
 * What a draft version commits to, in the shape rules-service scores: purchases, barrier removals,
 * tariff cuts and free-text intentions. Immutable once stored in a version.
 */
@NotEmptyDraft
@Schema(description = "The commitments of a draft version, as rules-service scores them")
public record DraftContent(
        @Size(max = 200) List<@NotNull @Valid PurchaseCommitment> purchases,
        @Size(max = 200) List<@NotNull @Valid BarrierRemoval> barrierRemovals,
        @Size(max = 200) List<@NotNull @Valid TariffCut> tariffCuts,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> intentions) {

    public DraftContent {
        purchases = purchases == null ? List.of() : List.copyOf(purchases);
        barrierRemovals = barrierRemovals == null ? List.of() : List.copyOf(barrierRemovals);
        tariffCuts = tariffCuts == null ? List.of() : List.copyOf(tariffCuts);
        intentions = intentions == null ? List.of() : List.copyOf(intentions);
    }
}
