package org.spinepath.content.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinepath.content.config.Roles;
import org.spinepath.content.domain.Audience;
import org.spinepath.content.service.PageView;
import org.spinepath.content.service.SearchHit;
import org.spinepath.content.service.SearchService;

/** The reader's follow-up question: which section of which article answers it. */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
public class SearchResource {

    private final SearchService search;

    public SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @RolesAllowed({ Roles.CLINICIAN, Roles.EDITOR, Roles.REVIEWER, Roles.ONCALL, Roles.ADMIN, Roles.SERVICE })
    @Operation(summary = "Sections of current approved versions matching the query, best first")
    public PageView<SearchHit> search(@QueryParam("q") @NotBlank @Size(max = 200) String q,
            @QueryParam("audience") @DefaultValue("clinician") @Pattern(regexp = Audience.PARAM_PATTERN) String audience,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("10") @Min(1) @Max(50) int size) {
        return search.search(q, Audience.fromCode(audience), page, size);
    }
}
