package org.tradedeal.negotiation.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.tradedeal.negotiation.DraftOverview;
import org.tradedeal.negotiation.Evaluation;
import org.tradedeal.negotiation.ProposalDraft;
import org.tradedeal.negotiation.ScoringRequest;
import org.tradedeal.negotiation.api.DraftView;
import org.tradedeal.negotiation.api.EvaluationView;
import org.tradedeal.negotiation.api.VersionView;
import org.tradedeal.negotiation.VersionState;

import java.util.List;

@Mapper
public interface DraftMapper {

    @Mapping(target = "draftId", source = "version.draft.id")
    @Mapping(target = "version", source = "version.number")
    @Mapping(target = "author", source = "version.author")
    @Mapping(target = "note", source = "version.note")
    @Mapping(target = "createdAt", source = "version.createdAt")
    @Mapping(target = "status", source = "version.status")
    @Mapping(target = "statusChangedAt", source = "version.statusChangedAt")
    @Mapping(target = "content", source = "version.content")
    @Mapping(target = "scoring", source = "latestRequest")
    VersionView toView(VersionState state);

    @Mapping(target = "draftId", source = "draftVersion.draft.id")
    @Mapping(target = "version", source = "draftVersion.number")
    @Mapping(target = "ruleset.name", source = "rulesetName")
    @Mapping(target = "ruleset.version", source = "rulesetVersion")
    @Mapping(target = "ruleset.contentHash", source = "rulesetHash")
    EvaluationView toView(Evaluation evaluation);

    /** While a request waits, when the worker tries again; once it ended, no next attempt. */
    default VersionView.ScoringState toScoringState(ScoringRequest request) {
        if (request == null) {
            return null;
        }
        return new VersionView.ScoringState(request.status.name(), request.reason.name(), request.attempts,
                request.status == ScoringRequest.Status.PENDING ? request.nextAttemptAt : null, request.lastError);
    }

    /**
     * The draft as the caller sees it: {@code versions} are the newest of those it may read, and the latest is the
     * latest of them.
     */
    default DraftView toView(DraftOverview overview) {
        ProposalDraft draft = overview.draft();
        List<DraftOverview.ScoredVersion> versions = overview.latestVersions();
        int latest = versions.isEmpty() ? draft.latestVersion : versions.get(versions.size() - 1).version().number;
        return new DraftView(draft.id, draft.negotiation.id, draft.side, draft.title, latest,
                draft.createdAt, overview.versionCount(), versions.stream().map(this::toSummary).toList());
    }

    @Mapping(target = "version", source = "version.number")
    @Mapping(target = "author", source = "version.author")
    @Mapping(target = "createdAt", source = "version.createdAt")
    @Mapping(target = "status", source = "version.status")
    DraftView.VersionSummary toSummary(DraftOverview.ScoredVersion version);
}
