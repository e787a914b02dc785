package org.spinepath.portal.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.spinepath.portal.client.Backend;
import org.spinepath.portal.client.BackendProblem;
import org.spinepath.portal.client.IntakeClient;
import org.spinepath.portal.client.TriageClient;
import org.spinepath.portal.config.PortalConfig;
import org.spinepath.portal.form.CaseForm;
import org.spinepath.portal.form.FormView;
import org.spinepath.portal.live.LiveEvents;
import org.spinepath.portal.security.CurrentUser;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

/** The clinician's pages: new case, check without submitting, the case page and "My cases". */
@Path("/cases")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class CaseResource {

    @Inject
    @RestClient
    IntakeClient intake;

    @Inject
    @RestClient
    TriageClient triage;

    @Inject
    @RestClient
    org.spinepath.portal.client.NotificationClient notification;

    @Inject
    LiveEvents live;

    @Inject
    Citations citations;

    @Inject
    CurrentUser user;

    @Inject
    PortalConfig config;

    @Inject
    @Location("cases/new.html")
    Template newCase;

    @Inject
    @Location("cases/show.html")
    Template show;

    @Inject
    @Location("cases/mine.html")
    Template mine;

    @Inject
    @Location("cases/result.html")
    Template result;

    @Inject
    @Location("cases/referral.html")
    Template referral;

    @GET
    @Path("/new")
    @RolesAllowed(CurrentUser.CLINICIAN)
    public TemplateInstance form() {
        return newCase.data("view", FormView.of(CaseForm.empty(), Map.of())).data("check", null);
    }

    /**
     * One form, three buttons: submit the case, check it without storing anything, or add a
     * Schmorl's node row (which works without JavaScript). A refused case comes back with the
     * service's field errors placed next to the fields.
     */
    @POST
    @RolesAllowed(CurrentUser.CLINICIAN)
    public Response post(MultivaluedMap<String, String> params) {
        String action = params.getFirst("action");
        if ("add-node".equals(action)) {
            CaseForm form = CaseForm.withRowsAsPosted(params).withExtraNode();
            return Response.ok(newCase.data("view", FormView.of(form, Map.of())).data("check", null)).build();
        }
        CaseForm form = CaseForm.from(params);
        String body = form.toJson().toString();
        try {
            if ("check".equals(action)) {
                JsonNode checked = Backend.json("triage service", () -> triage.evaluate(body));
                return Response.ok(newCase.data("view", FormView.of(form, Map.of()))
                        .data("check", Backend.map(citations.annotate(checked)))).build();
            }
            JsonNode created = Backend.json("intake service", () -> intake.submit(form.idempotencyKey(), body));
            return Response.seeOther(java.net.URI.create("/cases/" + created.path("id").asText())).build();
        } catch (BackendProblem problem) {
            return Response.status(400).entity(newCase.data("view", FormView.of(form, problem.fieldErrors()))
                    .data("check", null)).build();
        }
    }

    @GET
    @RolesAllowed({ CurrentUser.CLINICIAN, CurrentUser.ADMIN })
    public TemplateInstance mine(@QueryParam("page") @DefaultValue("0") int page) {
        int p = Math.max(page, 0);
        List<Object> cases = Backend.list(Backend.json("intake service", () -> intake.mine(p, config.pageSize())));
        return mine.data("cases", cases).data("page", p).data("hasNext", cases.size() == config.pageSize());
    }

    /**
     * The case page, for whoever the intake service lets read the case: the submitter, their care
     * team, and on-call staff of a route the case was referred to (who also get a link to the
     * referral, to acknowledge it). The referral email links here; on-call staff for whom the case
     * is not readable yet are taken to its referral if they can see that.
     */
    @GET
    @Path("/{id}")
    @RolesAllowed({ CurrentUser.CLINICIAN, CurrentUser.ADMIN, CurrentUser.ONCALL })
    public Response show(@PathParam("id") UUID id) {
        JsonNode c;
        try {
            c = visibleCase(id);
        } catch (jakarta.ws.rs.NotFoundException notReadable) {
            if (!user.isOncall()) {
                throw notReadable;
            }
            return referralOf(id).map(r -> Response.seeOther(java.net.URI.create("/referrals/" + r)).build())
                    .orElseThrow(jakarta.ws.rs.NotFoundException::new);
        }
        Map<String, Object> view = Backend.map(c);
        List<Map<String, Object>> timeline = timeline(id);
        Object referralId = user.isOncall() && !timeline.isEmpty() ? timeline.get(0).get("referralId") : null;
        return Response.ok(show.data("c", view).data("id", id.toString()).data("result", resultOf(id, view))
                .data("referral", timeline).data("referralId", referralId)).build();
    }

    private java.util.Optional<String> referralOf(UUID id) {
        String caseId = id.toString();
        return Backend.list(Backend.json("notification service", () -> notification.list(null))).stream()
                .map(o -> Backend.map(Backend.mapper().valueToTree(o)))
                .filter(r -> caseId.equals(r.get("caseId"))).findFirst().map(r -> String.valueOf(r.get("id")));
    }

    @GET
    @Path("/{id}/result")
    @RolesAllowed({ CurrentUser.CLINICIAN, CurrentUser.ADMIN, CurrentUser.ONCALL })
    public TemplateInstance resultFragment(@PathParam("id") UUID id) {
        Map<String, Object> view = Backend.map(visibleCase(id));
        return result.data("result", resultOf(id, view)).data("id", id.toString());
    }

    @GET
    @Path("/{id}/referral")
    @RolesAllowed({ CurrentUser.CLINICIAN, CurrentUser.ADMIN, CurrentUser.ONCALL })
    public TemplateInstance referralFragment(@PathParam("id") UUID id) {
        visibleCase(id);
        return referral.data("referral", timeline(id));
    }

    /**
     * Tells the case page when its result or referral changed; the page then re-reads that part
     * with the user's session. The stream opens only for a user the intake service lets read the
     * case, under the access rule (submitter, care team, on-call staff of a route the case was
     * referred to), and carries nothing but that case's signals.
     */
    @GET
    @Path("/{id}/live")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    @RolesAllowed({ CurrentUser.CLINICIAN, CurrentUser.ADMIN, CurrentUser.ONCALL })
    public Multi<String> live(@PathParam("id") UUID id) {
        visibleCase(id);
        String caseId = id.toString();
        return live.signals().filter(s -> caseId.equals(s.caseId())).map(LiveEvents.Signal::kind);
    }

    private List<Map<String, Object>> timeline(UUID id) {
        return live.referralTimeline(id.toString()).stream().map(Backend::map).toList();
    }

    /**
     * The case, if the intake service lets the user read it: the access rule is applied there, with
     * the user's own token, and a refusal is a 404 (the not-found page), as for an unknown case.
     */
    private JsonNode visibleCase(UUID id) {
        return Backend.json("intake service", () -> intake.get(id));
    }

    private Map<String, Object> resultOf(UUID id, Map<String, Object> view) {
        JsonNode stored = view.get("result") == null ? null : Backend.mapper().valueToTree(view.get("result"));
        JsonNode result = stored != null && stored.isObject() ? stored : live.result(id.toString()).orElse(null);
        return result == null ? null : Backend.map(citations.annotate(result.deepCopy()));
    }
}
