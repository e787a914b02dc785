package org.spinepath.content.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinepath.content.config.Roles;
import org.spinepath.content.domain.Audience;
import org.spinepath.content.domain.FeedbackStatus;
import org.spinepath.content.service.FeedbackService;
import org.spinepath.content.service.FeedbackView;
import org.spinepath.content.service.PageView;

import io.quarkus.security.identity.SecurityIdentity;

/** Readers report inaccurate passages; editors work through the queue. */
@Path("/api/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "feedback")
public class FeedbackResource {

    private final FeedbackService feedback;
    private final SecurityIdentity identity;

    public FeedbackResource(FeedbackService feedback, SecurityIdentity identity) {
        this.feedback = feedback;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLINICIAN, Roles.EDITOR, Roles.REVIEWER, Roles.ONCALL, Roles.ADMIN })
    @Operation(summary = "Report an inaccuracy in a passage of a published section")
    public Response report(@NotNull @Valid Requests.FeedbackReport body) {
        Audience audience = body.audience() == null ? Audience.CLINICIAN : Audience.fromCode(body.audience());
        FeedbackView created = feedback.report(body.articleSlug(), body.version(), body.section(), audience,
                body.quotedText(), body.comment(), Http.user(identity));
        return Response.created(URI.create("/api/feedback/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({ Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "The feedback queue, oldest first (default: open reports)")
    public PageView<FeedbackView> list(@QueryParam("status") @DefaultValue("OPEN") FeedbackStatus status,
            @QueryParam("slug") String slug,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return feedback.list(status, slug, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "One report")
    public FeedbackView get(@PathParam("id") long id) {
        return feedback.get(id);
    }

    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Resolve an open report with an outcome; resolving twice is 409")
    public FeedbackView resolve(@PathParam("id") long id, @NotNull @Valid Requests.Resolution body) {
        return feedback.resolve(id, body.outcome(), body.note(), Http.user(identity));
    }
}
