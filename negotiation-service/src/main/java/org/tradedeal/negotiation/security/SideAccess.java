package org.tradedeal.negotiation.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.tradedeal.negotiation.DraftStatus;
import org.tradedeal.negotiation.DraftVersion;
import org.tradedeal.negotiation.Negotiation;
import org.tradedeal.negotiation.ProposalDraft;
import org.tradedeal.negotiation.problem.NotYourSide;

/**
 * A draft belongs to its side. Its side reads and (as negotiators) writes every version; anyone else, the
 * other side and users of no side alike, reads only the versions that were explicitly shared, read-only. The
 * services ask here on every path that reads or changes a draft (API and desk pages alike), so no path leaks
 * an unshared version.
 */
@ApplicationScoped
public class SideAccess {

    private final Caller caller;

    public SideAccess(Caller caller) {
        this.caller = caller;
    }

    /** The caller negotiates for the draft's side. */
    public boolean isOwnSide(ProposalDraft draft) {
        return caller.side().map(draft.side::equals).orElse(false);
    }

    public boolean mayRead(DraftVersion version) {
        return isOwnSide(version.draft) || version.status == DraftStatus.SHARED;
    }

    /** @throws NotYourSide unless the caller may read the version */
    public void requireRead(DraftVersion version) {
        if (!mayRead(version)) {
            throw new NotYourSide("Version " + version.number + " of draft " + version.draft.id
                    + " belongs to the other side and was not shared");
        }
    }

    /** @throws NotYourSide unless the caller negotiates for the draft's side */
    public void requireWrite(ProposalDraft draft) {
        if (!isOwnSide(draft)) {
            throw new NotYourSide("Draft " + draft.id + " belongs to side " + draft.side
                    + "; only its own side changes it");
        }
    }

    /**
     * The caller's side, which must be one of the negotiation's two.
     *
     * @throws NotYourSide when the caller has no side or negotiates for neither
     */
    public String requireParty(Negotiation negotiation) {
        return caller.side().filter(side -> side.equals(negotiation.ourSide) || side.equals(negotiation.otherSide))
                .orElseThrow(() -> new NotYourSide("Your side is not a party to negotiation " + negotiation.id
                        + " (" + negotiation.ourSide + "-" + negotiation.otherSide + ")"));
    }
}
