package org.tradedeal.negotiation.ui;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.annotation.security.RolesAllowed;
import org.tradedeal.negotiation.security.Roles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.tradedeal.negotiation.DraftContent;
import org.tradedeal.negotiation.DraftVersion;
import org.tradedeal.negotiation.Negotiation;
import org.tradedeal.negotiation.ProposalDraft;
import org.tradedeal.negotiation.api.DraftView;
import org.tradedeal.negotiation.api.PreviewView;
import org.tradedeal.negotiation.client.TradeBaseline;
import org.tradedeal.negotiation.mapping.DraftMapper;
import org.tradedeal.negotiation.mapping.NegotiationMapper;
import org.tradedeal.negotiation.problem.StaleVersion;
import org.tradedeal.negotiation.service.EvaluationReader;
import org.tradedeal.negotiation.service.DraftService;
import org.tradedeal.negotiation.service.NegotiationService;
import org.tradedeal.negotiation.service.PreviewService;
import org.tradedeal.negotiation.service.TradeContext;
import org.tradedeal.negotiation.service.TradeContextService;

import java.net.URI;
import java.util.function.Function;

/**
 * The draft editor: a new draft, or the next version of one. The form is saved with a plain POST (so it
 * works without script, and the browser keeps what was typed); its buttons that add or remove a row, and
 * the live preview, go through htmx. An error sends the form back as typed, each problem beside its field.
 */
@RolesAllowed(Roles.NEGOTIATOR)
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DraftEditorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance editor(EditorPage page);

        static native TemplateInstance preview(PreviewPanel panel);
    }

    /** The action of the conflict's "save my changes on top of version n": {@code save-over:n}. */
    static final String SAVE_OVER = "save-over:";

    private final NegotiationService negotiations;
    private final DraftService drafts;
    private final PreviewService previews;
    private final TradeContextService tradeContexts;
    private final NegotiationMapper negotiationMapper;
    private final DraftMapper draftMapper;
    private final CurrentUser user;
    private final Validator validator;
    private final EvaluationReader evaluations;

    public DraftEditorPages(NegotiationService negotiations, DraftService drafts, PreviewService previews,
                            TradeContextService tradeContexts, NegotiationMapper negotiationMapper,
                            DraftMapper draftMapper, CurrentUser user, Validator validator, EvaluationReader evaluations) {
        this.negotiations = negotiations;
        this.drafts = drafts;
        this.previews = previews;
        this.tradeContexts = tradeContexts;
        this.negotiationMapper = negotiationMapper;
        this.draftMapper = draftMapper;
        this.user = user;
        this.validator = validator;
        this.evaluations = evaluations;
    }

    @GET
    @Path("negotiations/{id}/drafts/new")
    public TemplateInstance newDraft(@PathParam("id") long negotiationId) {
        Negotiation negotiation = negotiations.get(negotiationId);
        return page(negotiation, null, user.sideIn(negotiation), DraftForm.empty()).data();
    }

    /** The editor on a version's content; saving it makes the draft's next version. */
    @GET
    @Path("drafts/{draftId}/edit")
    public TemplateInstance edit(@PathParam("draftId") long draftId, @QueryParam("from") Integer from) {
        ProposalDraft draft = drafts.own(draftId);
        int start = from == null ? draft.latestVersion : from;
        DraftForm form = DraftForm.of(drafts.version(draftId, start).content, draft.latestVersion);
        return page(draft.negotiation, draft, draft.side, form).data();
    }

    @POST
    @Path("negotiations/{id}/drafts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveNew(@PathParam("id") long negotiationId, MultivaluedMap<String, String> fields) {
        Negotiation negotiation = negotiations.get(negotiationId);
        DraftForm form = DraftForm.parse(fields);
        return submitted(page(negotiation, null, user.sideIn(negotiation), form), fields.getFirst("action"),
                content -> drafts.create(negotiationId, form.title, blankToNull(form.note), content));
    }

    @POST
    @Path("drafts/{draftId}/versions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveVersion(@PathParam("draftId") long draftId, MultivaluedMap<String, String> fields) {
        ProposalDraft draft = drafts.own(draftId);
        DraftForm form = DraftForm.parse(fields);
        String action = fields.getFirst("action");
        if (action != null && action.startsWith(SAVE_OVER)) {
            // After a conflict the negotiator chose to keep their text and save it on top of the latest version.
            form.basedOnVersion = Integer.valueOf(action.substring(SAVE_OVER.length()));
        }
        return submitted(page(draft.negotiation, draft, draft.side, form), action,
                content -> drafts.edit(draftId, form.basedOnVersion == null ? 0 : form.basedOnVersion,
                        blankToNull(form.note), content));
    }

    /**
     * What the editor's form asked for: a row added or removed (the editor again, nothing saved), or a save
     * (303 to the saved version's page; or the form as typed, with the problem beside its fields).
     */
    private Response submitted(Rendered rendered, String action, Function<DraftContent, DraftVersion> save) {
        DraftForm form = rendered.page().form();
        if (form.rework(action, productNames(rendered.trade()))) {
            return Response.ok(rendered.data()).build();
        }
        DraftContent content = checked(form);
        if (content == null) {
            return rendered.status(400);
        }
        try {
            DraftVersion saved = save.apply(content);
            return Response.seeOther(URI.create("/drafts/" + saved.draft.id + "/versions/" + saved.number)).build();
        } catch (ConstraintViolationException invalid) {
            return rendered.rejected(Problem.of(invalid), null);
        } catch (StaleVersion stale) {
            // The form keeps what was typed, and offers to reload the latest version or to save on top of it.
            Object latest = stale.getParameters().get("currentVersion");
            return rendered.rejected(Problem.of(stale), latest instanceof Number n ? n.intValue() : null);
        } catch (HttpProblem problem) {
            return rendered.rejected(Problem.of(problem), null);
        }
    }

    /** The live preview of the form as typed; nothing is stored. Always 200, so htmx shows what it says. */
    @POST
    @Path("negotiations/{id}/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance preview(@PathParam("id") long negotiationId, MultivaluedMap<String, String> fields) {
        DraftForm form = DraftForm.parse(fields);
        DraftContent content = checked(form);
        if (content == null) {
            return Templates.preview(PreviewPanel.notScored(Problem.general(400, "Not yet scorable",
                    "Some fields need another value"), form));
        }
        try {
            PreviewView preview = previews.preview(negotiationId, content);
            return Templates.preview(PreviewPanel.scored(preview, ScoreSheet.of(evaluations.read(preview.result()))));
        } catch (ConstraintViolationException invalid) {
            form.addErrors(Problem.of(invalid).fields());
            return Templates.preview(PreviewPanel.notScored(Problem.of(invalid), form));
        } catch (HttpProblem problem) {
            form.addErrors(Problem.of(problem).fields());
            return Templates.preview(PreviewPanel.notScored(Problem.of(problem), form));
        }
    }

    @ServerExceptionMapper
    Response problem(HttpProblem problem) {
        return ErrorPages.of(problem);
    }

    /**
     * The content of the form, or null when some text is not a number, year or date; then every other
     * problem of the content is put beside its field too, so one round trip shows them all.
     */
    private DraftContent checked(DraftForm form) {
        DraftContent content = form.toContent();
        if (!form.hasAnyError()) {
            return content;
        }
        form.addErrors(Problem.ofContent(validator.validate(content)).fields());
        return null;
    }

    /** The editor page, with the trade figures of its pickers when trade-data-service answers. */
    private Rendered page(Negotiation negotiation, ProposalDraft draft, String side, DraftForm form) {
        TradeContext trade = null;
        Problem tradeProblem = null;
        try {
            trade = tradeContexts.of(negotiation, side);
        } catch (HttpProblem unavailable) {
            tradeProblem = Problem.of(unavailable);
        }
        return new Rendered(new EditorPage(negotiationMapper.toView(negotiation), draft == null ? null : view(draft),
                side, form, trade, tradeProblem, null, null), trade);
    }

    /** The editor as it will be shown; the form inside it may still change (a row added, errors put beside fields). */
    private record Rendered(EditorPage page, TradeContext trade) {
        TemplateInstance data() {
            return Templates.editor(page);
        }

        Response status(int status) {
            return Response.status(status).entity(data()).build();
        }

        /** The form sent back as typed, with each of the problem's violations beside its field. */
        Response rejected(Problem problem, Integer latestVersion) {
            page.form().addErrors(problem.fields());
            return Response.status(problem.status()).entity(Templates.editor(new EditorPage(page.negotiation(),
                    page.draft(), page.side(), page.form(), page.trade(), page.tradeProblem(), problem,
                    latestVersion))).build();
        }
    }

    private DraftView view(ProposalDraft draft) {
        return draftMapper.toView(drafts.overview(draft));
    }

    private static Function<String, String> productNames(TradeContext trade) {
        return hsCode -> trade == null ? "" : trade.product(hsCode).map(TradeBaseline.Product::description).orElse("");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
