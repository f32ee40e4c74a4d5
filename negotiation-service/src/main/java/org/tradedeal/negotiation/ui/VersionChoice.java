package org.tradedeal.negotiation.ui;

import org.tradedeal.negotiation.api.DraftView;

import java.util.List;

/** One version a comparison can be made with, as its picker lists it: "July 2025 package v1 (66.5)". */
public record VersionChoice(String value, String label) {

    /** Every version of every draft, newest draft last. */
    static List<VersionChoice> of(List<DraftView> drafts) {
        return drafts.stream().flatMap(draft -> draft.versions().stream().map(version -> new VersionChoice(
                draft.id() + ":" + version.version(),
                draft.title() + " v" + version.version() + " (" + (version.score() == null ? Fmt.words(version.status())
                        : Fmt.number(version.score()) + ", " + Fmt.verdict(version.verdict())) + ")"))).toList();
    }
}
