package org.tradedeal.rules.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.rules.validation.NotEmptyDraft;

import java.util.List;

@NotEmptyDraft
@Schema(name = "Draft", description = "What the draft commits to")
public record DraftInput(
        @Size(max = 500) List<@NotNull @Valid PurchaseInput> purchases,
        @Size(max = 500) List<@NotNull @Valid BarrierRemovalInput> barrierRemovals,
        @Size(max = 500) List<@NotNull @Valid TariffCutInput> tariffCuts,
        @Size(max = 100) List<@NotBlank @Size(max = 2000) String> intentions) {

    public DraftInput {
        purchases = purchases == null ? List.of() : purchases;
        barrierRemovals = barrierRemovals == null ? List.of() : barrierRemovals;
        tariffCuts = tariffCuts == null ? List.of() : tariffCuts;
        intentions = intentions == null ? List.of() : intentions;
    }
}
