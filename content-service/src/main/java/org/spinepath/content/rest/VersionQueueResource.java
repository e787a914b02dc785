package org.spinepath.content.rest;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinepath.content.config.Roles;
import org.spinepath.content.domain.ArticleStatus;
import org.spinepath.content.service.ArticleQueries;
import org.spinepath.content.service.PageView;
import org.spinepath.content.service.VersionSummary;

/** The editorial queues across all articles: drafts for editors, submissions for reviewers. */
@Path("/api/versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles")
@RolesAllowed({ Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN })
public class VersionQueueResource {

    private final ArticleQueries queries;

    public VersionQueueResource(ArticleQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Versions in the given states (default: SUBMITTED and UNDER_REVIEW), least recently edited first")
    public PageView<VersionSummary> inStatus(@QueryParam("status") List<ArticleStatus> status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        Set<ArticleStatus> wanted = status == null || status.isEmpty()
                ? EnumSet.of(ArticleStatus.SUBMITTED, ArticleStatus.UNDER_REVIEW)
                : EnumSet.copyOf(status);
        return queries.inStatus(wanted, page, size);
    }
}
