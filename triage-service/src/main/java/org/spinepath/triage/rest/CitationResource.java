package org.spinepath.triage.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinepath.triage.service.CitationStatuses;
import org.spinepath.triage.service.CitationView;
import org.spinepath.triage.service.DriftingRule;

/** Whether the engine's citations still stand, for the people who keep the content and the rules. */
@Path("/api/triage")
@Tag(name = "Citations")
@Produces(MediaType.APPLICATION_JSON)
public class CitationResource {

    private final CitationStatuses statuses;

    public CitationResource(CitationStatuses statuses) {
        this.statuses = statuses;
    }

    @GET
    @Path("/citations")
    @RolesAllowed({ "admin", "content-reviewer", "content-editor" })
    @Operation(summary = "Every citation the engine can emit, with whether it resolves to an approved section",
            description = "From the periodic check against the content service and its content.published and "
                    + "content.retracted events. UNCHECKED until either has said something about the citation.")
    public List<CitationView> citations() {
        return statuses.citations();
    }

    @GET
    @Path("/guideline-drift")
    @RolesAllowed({ "admin", "content-reviewer", "content-editor" })
    @Operation(summary = "The rules whose citations have drifted from the approved guidance",
            description = "A rule drifts when it cites a version older than the article's current approved one "
                    + "(SUPERSEDED) or a section that no longer resolves (UNRESOLVED). Empty when every rule is "
                    + "current.")
    public List<DriftingRule> guidelineDrift() {
        return statuses.drift();
    }
}
