package org.tradedeal.negotiation.ui;

import org.tradedeal.negotiation.api.DraftView;
import org.tradedeal.negotiation.api.NegotiationView;
import org.tradedeal.negotiation.api.VersionView;

import java.util.List;

/** A draft version's page: its content, its score (see {@link ScorePanel}) and what it can be compared with. */
public record VersionPage(NegotiationView negotiation, DraftView draft, VersionView version,
                          List<VersionChoice> choices) {

    public boolean latest() {
        return version.version() == draft.latestVersion();
    }

    /** The value of this version in a comparison picker. */
    public String choice() {
        return draft.id() + ":" + version.version();
    }

    /** What to compare with by default: the version before, else the next one, else another draft's. */
    public String defaultOther() {
        int other = version.version() > 1 ? version.version() - 1 : version.version() + 1;
        String candidate = draft.id() + ":" + other;
        return choices.stream().map(VersionChoice::value).filter(candidate::equals).findFirst()
                .orElse(choices.stream().map(VersionChoice::value).filter(value -> !value.equals(choice()))
                        .findFirst().orElse(choice()));
    }
}
