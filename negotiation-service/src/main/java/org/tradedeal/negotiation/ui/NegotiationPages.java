package org.tradedeal.negotiation.ui;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.annotation.security.RolesAllowed;
import org.tradedeal.negotiation.security.Roles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.tradedeal.negotiation.Negotiation;
import org.tradedeal.negotiation.api.DashboardView;
import org.tradedeal.negotiation.api.DraftView;
import org.tradedeal.negotiation.api.NegotiationView;
import org.tradedeal.negotiation.api.RoadmapView;
import org.tradedeal.negotiation.mapping.DraftMapper;
import org.tradedeal.negotiation.mapping.NegotiationMapper;
import org.tradedeal.negotiation.service.DashboardService;
import org.tradedeal.negotiation.service.DraftService;
import org.tradedeal.negotiation.service.NegotiationService;
import org.tradedeal.negotiation.service.RoadmapService;
import org.tradedeal.negotiation.service.TradeContext;
import org.tradedeal.negotiation.service.TradeContextService;

import java.time.LocalDate;
import java.util.List;

/** The desk's pages about negotiations: the list, one negotiation, its trade figures and its dashboard. */
@RolesAllowed({Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN})
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class NegotiationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<NegotiationView> negotiations);

        static native TemplateInstance negotiation(NegotiationView negotiation, RoadmapView roadmap,
                                                   List<DraftView> drafts);

        static native TemplateInstance trade(NegotiationView negotiation, TradeContext trade, Problem problem);

        static native TemplateInstance dashboard(DashboardView dashboard);
    }

    private final NegotiationService negotiations;
    private final RoadmapService roadmaps;
    private final DashboardService dashboards;
    private final DraftService drafts;
    private final TradeContextService trade;
    private final NegotiationMapper mapper;
    private final DraftMapper draftMapper;

    public NegotiationPages(NegotiationService negotiations, RoadmapService roadmaps, DashboardService dashboards,
                            DraftService drafts, TradeContextService trade, NegotiationMapper mapper,
                            DraftMapper draftMapper) {
        this.negotiations = negotiations;
        this.roadmaps = roadmaps;
        this.dashboards = dashboards;
        this.drafts = drafts;
        this.trade = trade;
        this.mapper = mapper;
        this.draftMapper = draftMapper;
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(negotiations.listAll().stream().map(mapper::toView).toList());
    }

    @GET
    @Path("negotiations/{id}")
    public TemplateInstance negotiation(@PathParam("id") long id) {
        NegotiationView negotiation = mapper.toView(negotiations.get(id));
        return Templates.negotiation(negotiation, roadmaps.roadmap(id, null, null),
                drafts.listByNegotiation(id).stream()
                        .map(draft -> draftMapper.toView(drafts.overview(draft))).toList());
    }

    /** The trade figures of the negotiation page, loaded after the page so a slow trade-data-service never holds it up. */
    @GET
    @Path("negotiations/{id}/trade")
    public TemplateInstance trade(@PathParam("id") long id) {
        Negotiation negotiation = negotiations.get(id);
        try {
            return Templates.trade(mapper.toView(negotiation), trade.of(negotiation, negotiation.ourSide), null);
        } catch (HttpProblem unavailable) {
            return Templates.trade(mapper.toView(negotiation), null, Problem.of(unavailable));
        }
    }

    @GET
    @Path("negotiations/{id}/dashboard")
    public TemplateInstance dashboard(@PathParam("id") long id, @QueryParam("asOf") LocalDate asOf,
                                      @QueryParam("dueWithinDays") @Min(0) @Max(3650) Integer dueWithinDays) {
        return Templates.dashboard(dashboards.dashboard(id, asOf, dueWithinDays));
    }

    @ServerExceptionMapper
    Response problem(HttpProblem problem) {
        return ErrorPages.of(problem);
    }
}
