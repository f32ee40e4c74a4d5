package org.tradedeal.negotiation.ui;

import org.tradedeal.negotiation.api.DraftView;
import org.tradedeal.negotiation.api.NegotiationView;
import org.tradedeal.negotiation.client.TradeBaseline;
import org.tradedeal.negotiation.service.TradeContext;

import java.util.List;
import java.util.Optional;

/**
 * Everything the draft editor shows: the form as typed, the pickers' products and barriers (when
 * trade-data-service answers), and what went wrong with the last save.
 *
 * @param draft        null for a new draft
 * @param trade        null when trade-data-service could not be asked ({@code tradeProblem} says why)
 * @param problem      what went wrong with the last save, null when nothing did
 * @param latestVersion on a stale edit, the version someone else saved meanwhile; else null
 */
public record EditorPage(NegotiationView negotiation, DraftView draft, String side, DraftForm form, TradeContext trade,
                         Problem tradeProblem, Problem problem, Integer latestVersion) {

    public boolean isNew() {
        return draft == null;
    }

    /** Where the form is saved: a new draft, or a new version of this one. */
    public String action() {
        return isNew() ? "/negotiations/" + negotiation.id() + "/drafts" : "/drafts/" + draft.id() + "/versions";
    }

    /** The value of a picker's button: "add-purchase:5201". */
    public String command(String verb, String argument) {
        return verb + ":" + argument;
    }

    public String previewUrl() {
        return "/negotiations/" + negotiation.id() + "/preview";
    }

    /** The number the saved version will have. */
    public int nextVersion() {
        return isNew() ? 1 : draft.latestVersion() + 1;
    }

    public boolean conflict() {
        return latestVersion != null;
    }

    public List<TradeBaseline.Product> products() {
        return trade == null ? List.of() : trade.products();
    }

    public List<TradeContext.ListedBarrier> barriers() {
        return trade == null ? List.of() : trade.barriers();
    }

    public String productPickerTitle() {
        return "Pick from what " + trade.reporter() + " sells to " + trade.partner() + " today";
    }

    public String barrierPickerTitle() {
        return "Pick from the barriers " + trade.reporter() + " lists";
    }

    /** What the product picker says of a typed HS code: its name and today's trade. */
    public String productHint(String hsCode) {
        if (hsCode == null || hsCode.isBlank() || trade == null) {
            return "";
        }
        Optional<TradeBaseline.Product> product = trade.product(hsCode.trim());
        return product.map(p -> p.description() + ": " + Fmt.money(p.valueUsd()) + " a year today ("
                        + p.period() + ")")
                .orElse("Not among today's " + trade.reporter() + " exports to " + trade.partner() + " by product");
    }

    /** Whether a barrier code is one of the listed barriers the picker offers. */
    public boolean listed(String code) {
        return barriers().stream().anyMatch(barrier -> barrier.code().equals(code));
    }
}
