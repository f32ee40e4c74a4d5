package org.tradedeal.negotiation.ui;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import org.tradedeal.negotiation.security.Roles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.tradedeal.negotiation.ProposalDraft;
import org.tradedeal.negotiation.api.DraftView;
import org.tradedeal.negotiation.api.EvaluationView;
import org.tradedeal.negotiation.api.VersionView;
import org.tradedeal.negotiation.mapping.DraftMapper;
import org.tradedeal.negotiation.mapping.NegotiationMapper;
import org.tradedeal.negotiation.problem.InvalidInput;
import org.tradedeal.negotiation.service.EvaluationReader;
import org.tradedeal.negotiation.service.ComparisonService;
import org.tradedeal.negotiation.service.DraftService;
import org.tradedeal.negotiation.service.ScoringService;

import java.net.URI;
import java.util.List;

/** A draft version's page with its score, scoring it, and comparing two versions. */
@RolesAllowed({Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN})
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class VersionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance version(VersionPage page, ScorePanel score);

        static native TemplateInstance version$score(ScorePanel score);

        static native TemplateInstance comparison(ComparisonPage page);
    }

    private final DraftService drafts;
    private final ScoringService scoring;
    private final ComparisonService comparisons;
    private final DraftMapper mapper;
    private final NegotiationMapper negotiationMapper;
    private final EvaluationReader evaluations;

    public VersionPages(DraftService drafts, ScoringService scoring, ComparisonService comparisons, DraftMapper mapper,
                        NegotiationMapper negotiationMapper, EvaluationReader evaluations) {
        this.drafts = drafts;
        this.scoring = scoring;
        this.comparisons = comparisons;
        this.mapper = mapper;
        this.negotiationMapper = negotiationMapper;
        this.evaluations = evaluations;
    }

    @GET
    @Path("drafts/{draftId}/versions/{version}")
    public TemplateInstance version(@PathParam("draftId") long draftId, @PathParam("version") int number) {
        ProposalDraft draft = drafts.get(draftId);
        VersionView version = mapper.toView(drafts.state(draftId, number));
        VersionPage page = new VersionPage(negotiationMapper.toView(draft.negotiation),
                mapper.toView(drafts.overview(draft)), version, VersionChoice.of(negotiationDrafts(draft)));
        return Templates.version(page, panel(version));
    }

    /** The score section alone: what the pending page polls until the version is scored. */
    @GET
    @Path("drafts/{draftId}/versions/{version}/score")
    public TemplateInstance score(@PathParam("draftId") long draftId, @PathParam("version") int number) {
        return Templates.version$score(panel(mapper.toView(drafts.state(draftId, number))));
    }

    /** Score the version; its page then shows the score, or that it waits for a downstream, or why it cannot be scored. */
    @RolesAllowed(Roles.NEGOTIATOR)
    @POST
    @Path("drafts/{draftId}/versions/{version}/submission")
    public Response submit(@PathParam("draftId") long draftId, @PathParam("version") int number) {
        scoring.submit(draftId, number);
        return backTo(draftId, number);
    }

    @RolesAllowed(Roles.NEGOTIATOR)
    @POST
    @Path("drafts/{draftId}/versions/{version}/rescoring")
    public Response rescore(@PathParam("draftId") long draftId, @PathParam("version") int number) {
        scoring.rescore(draftId, number);
        return backTo(draftId, number);
    }

    /**
     * Two versions side by side.
     *
     * @param base  {@code draftId:version}
     * @param other {@code draftId:version}
     */
    @GET
    @Path("negotiations/{id}/comparison")
    public TemplateInstance comparison(@PathParam("id") long negotiationId, @QueryParam("base") String base,
                                       @QueryParam("other") String other) {
        long[] from = parse("base", base);
        long[] to = parse("other", other);
        ComparisonPage.Side baseSide = side(from[0], (int) from[1]);
        ComparisonPage.Side otherSide = side(to[0], (int) to[1]);
        ProposalDraft draft = drafts.get(from[0]);
        return Templates.comparison(new ComparisonPage(negotiationMapper.toView(draft.negotiation), baseSide,
                otherSide, comparisons.compare(from[0], (int) from[1], to[0], (int) to[1]),
                VersionChoice.of(negotiationDrafts(draft))));
    }

    @ServerExceptionMapper
    Response problem(HttpProblem problem) {
        return ErrorPages.of(problem);
    }

    private ComparisonPage.Side side(long draftId, int number) {
        VersionView version = mapper.toView(drafts.state(draftId, number));
        return new ComparisonPage.Side(drafts.get(draftId).title, version, sheet(version.latestEvaluation()));
    }

    private ScorePanel panel(VersionView version) {
        return new ScorePanel(version.draftId(), version.version(), version.status(), version.scoring(),
                version.latestEvaluation(), sheet(version.latestEvaluation()));
    }

    private ScoreSheet sheet(EvaluationView evaluation) {
        return evaluation == null ? null : ScoreSheet.of(evaluations.read(evaluation.result()));
    }

    private List<DraftView> negotiationDrafts(ProposalDraft draft) {
        return drafts.listByNegotiation(draft.negotiation.id).stream()
                .map(each -> mapper.toView(drafts.overview(each))).toList();
    }

    private static Response backTo(long draftId, int number) {
        return Response.seeOther(URI.create("/drafts/" + draftId + "/versions/" + number)).build();
    }

    /** "12:2" -> {12, 2}. */
    private static long[] parse(String name, String value) {
        String[] parts = value == null ? new String[0] : value.split(":");
        try {
            if (parts.length == 2) {
                return new long[]{Long.parseLong(parts[0]), Integer.parseInt(parts[1])};
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new InvalidInput(List.of(new InvalidInput.Violation(name, "must name a version as draftId:version, such as 51:1")));
    }
}
