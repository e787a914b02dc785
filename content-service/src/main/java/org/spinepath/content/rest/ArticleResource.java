package org.spinepath.content.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinepath.content.config.Roles;
import org.spinepath.content.domain.Audience;
import org.spinepath.content.service.ArticleContent;
import org.spinepath.content.service.ArticleQueries;
import org.spinepath.content.service.ArticleSummary;
import org.spinepath.content.service.DiffView;
import org.spinepath.content.service.EditorialService;
import org.spinepath.content.service.PageView;
import org.spinepath.content.service.VersionSummary;
import org.spinepath.content.service.WorkflowEventView;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Articles and their versions: reading (every SpinePath role and the other services), writing
 * (content editors) and reviewing (content reviewers).
 */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles")
@RolesAllowed({ Roles.CLINICIAN, Roles.EDITOR, Roles.REVIEWER, Roles.ONCALL, Roles.ADMIN, Roles.SERVICE })
public class ArticleResource {

    private final ArticleQueries queries;
    private final EditorialService editorial;
    private final SecurityIdentity identity;

    public ArticleResource(ArticleQueries queries, EditorialService editorial, SecurityIdentity identity) {
        this.queries = queries;
        this.editorial = editorial;
        this.identity = identity;
    }

    // ------------------------------------------------------------------ reading

    @GET
    @Operation(summary = "Articles with an approved version, by slug, with their current version")
    public PageView<ArticleSummary> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
            @QueryParam("audience") @DefaultValue("clinician") @Pattern(regexp = Audience.PARAM_PATTERN) String audience) {
        return queries.list(page, size, Audience.fromCode(audience));
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "The current approved version of an article in one audience (ETag, If-None-Match)")
    public Response current(@PathParam("slug") String slug,
            @QueryParam("audience") @DefaultValue("clinician") @Pattern(regexp = Audience.PARAM_PATTERN) String audience,
            @Context Request request) {
        return Http.conditional(request, queries.current(slug, Audience.fromCode(audience)));
    }

    @GET
    @Path("/{slug}/versions")
    @Operation(summary = "Version history, newest first; drafts only for editorial staff")
    public List<VersionSummary> history(@PathParam("slug") String slug) {
        return queries.history(slug, Http.staff(identity));
    }

    @GET
    @Path("/{slug}/versions/{version}")
    @Operation(summary = "One version of an article, also a retracted one (ETag, If-None-Match)")
    public Response version(@PathParam("slug") String slug, @PathParam("version") @Positive int version,
            @QueryParam("audience") @DefaultValue("clinician") @Pattern(regexp = Audience.PARAM_PATTERN) String audience,
            @Context Request request) {
        return Http.conditional(request, queries.version(slug, version, Audience.fromCode(audience),
                Http.staff(identity)));
    }

    @GET
    @Path("/{slug}/versions/{version}/sections/{anchor}")
    @Operation(summary = "The section a citation (slug, version, anchor) resolves to (ETag, If-None-Match)")
    public Response section(@PathParam("slug") String slug, @PathParam("version") @Positive int version,
            @PathParam("anchor") String anchor,
            @QueryParam("audience") @DefaultValue("clinician") @Pattern(regexp = Audience.PARAM_PATTERN) String audience,
            @Context Request request) {
        return Http.conditional(request, queries.section(slug, version, anchor, Audience.fromCode(audience),
                Http.staff(identity)));
    }

    @GET
    @Path("/{slug}/diff")
    @Operation(summary = "Section-by-section, word-level changes between two versions in one audience")
    public DiffView diff(@PathParam("slug") String slug,
            @QueryParam("from") @NotNull @Positive Integer from,
            @QueryParam("to") @NotNull @Positive Integer to,
            @QueryParam("audience") @DefaultValue("clinician") @Pattern(regexp = Audience.PARAM_PATTERN) String audience) {
        return queries.diff(slug, from, to, Audience.fromCode(audience), Http.staff(identity));
    }

    @GET
    @Path("/{slug}/related")
    @Operation(summary = "Related articles that have an approved version")
    public List<ArticleSummary> related(@PathParam("slug") String slug,
            @QueryParam("audience") @DefaultValue("clinician") @Pattern(regexp = Audience.PARAM_PATTERN) String audience) {
        return queries.related(slug, Audience.fromCode(audience));
    }

    @GET
    @Path("/{slug}/versions/{version}/workflow")
    @RolesAllowed({ Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "The audit trail of a version: every workflow step, who took it and their comment")
    public List<WorkflowEventView> workflow(@PathParam("slug") String slug, @PathParam("version") @Positive int version) {
        return queries.workflow(slug, version);
    }

    // ------------------------------------------------------------------ writing (content-editor)

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Create an article; its version 1 starts as a draft")
    public Response create(@NotNull @Valid Requests.NewArticle body) {
        VersionSummary created = editorial.createArticle(body.slug(), body.content(), Http.user(identity));
        return Response.created(URI.create("/api/articles/" + created.slug() + "/versions/" + created.version()))
                .entity(created).build();
    }

    @POST
    @Path("/{slug}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Start a new draft, copied from the current approved version (or basedOn)")
    public Response newDraft(@PathParam("slug") String slug, @NotNull @Valid Requests.NewDraft body) {
        VersionSummary created = editorial.createDraft(slug, body.basedOn(), body.changeNote(), Http.user(identity));
        return Response.created(URI.create("/api/articles/" + slug + "/versions/" + created.version()))
                .entity(created).build();
    }

    @PUT
    @Path("/{slug}/versions/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace the content of a draft; any other state is 409")
    public VersionSummary edit(@PathParam("slug") String slug, @PathParam("version") @Positive int version,
            @NotNull @Valid ArticleContent body) {
        return editorial.edit(slug, version, body, Http.user(identity));
    }

    @POST
    @Path("/{slug}/versions/{version}/submit")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "DRAFT → SUBMITTED (the draft's change note tells the reviewer what changed)")
    public VersionSummary submit(@PathParam("slug") String slug, @PathParam("version") @Positive int version) {
        return editorial.submit(slug, version, Http.user(identity));
    }

    // ------------------------------------------------------------------ reviewing (content-reviewer)

    @POST
    @Path("/{slug}/versions/{version}/start-review")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "SUBMITTED → UNDER_REVIEW; not by an author of the version")
    public VersionSummary startReview(@PathParam("slug") String slug, @PathParam("version") @Positive int version) {
        return editorial.startReview(slug, version, Http.user(identity));
    }

    @POST
    @Path("/{slug}/versions/{version}/approve")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "UNDER_REVIEW → APPROVED; not by an author; publishes content.published")
    public VersionSummary approve(@PathParam("slug") String slug, @PathParam("version") @Positive int version) {
        return editorial.approve(slug, version, Http.user(identity));
    }

    @POST
    @Path("/{slug}/versions/{version}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "UNDER_REVIEW → DRAFT, with the reviewer's comments")
    public VersionSummary reject(@PathParam("slug") String slug, @PathParam("version") @Positive int version,
            @NotNull @Valid Requests.Rejection body) {
        return editorial.reject(slug, version, body.comment(), Http.user(identity));
    }

    @POST
    @Path("/{slug}/versions/{version}/retract")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "APPROVED → RETRACTED; publishes content.retracted")
    public VersionSummary retract(@PathParam("slug") String slug, @PathParam("version") @Positive int version,
            @NotNull @Valid Requests.Retraction body) {
        return editorial.retract(slug, version, body.reason(), Http.user(identity));
    }
}
