package org.spinepath.content.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinepath.content.config.Roles;
import org.spinepath.content.service.CitationRequest;
import org.spinepath.content.service.CitationResolution;
import org.spinepath.content.service.CitationService;

/**
 * Bulk citation check for the triage service. The contract is stable: a JSON array of
 * {articleSlug, version, section} in, one resolution per citation out, in the same order.
 */
@Path("/api/citations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "citations")
public class CitationResource {

    /** Most citations checked in one call; the triage engine's whole catalogue is far smaller. */
    static final int MAX_BATCH = 1000;

    private final CitationService citations;

    public CitationResource(CitationService citations) {
        this.citations = citations;
    }

    @POST
    @Path("/resolve")
    @RolesAllowed({ Roles.CLINICIAN, Roles.EDITOR, Roles.REVIEWER, Roles.ONCALL, Roles.ADMIN, Roles.SERVICE })
    @Operation(summary = "Whether each citation resolves to an approved section, and the article's current version")
    public List<CitationResolution> resolve(
            @NotNull @Size(min = 1, max = MAX_BATCH) List<@NotNull @Valid CitationRequest> body) {
        return citations.resolve(body);
    }
}
