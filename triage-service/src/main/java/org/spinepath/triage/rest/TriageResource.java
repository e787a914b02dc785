package org.spinepath.triage.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.model.Case;
import org.spinepath.triage.service.TriageService;

@Path("/api/triage")
@Tag(name = "Triage")
@Produces(MediaType.APPLICATION_JSON)
public class TriageResource {

    private final TriageService triage;

    public TriageResource(TriageService triage) {
        this.triage = triage;
    }

    @POST
    @Path("/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("clinician")
    @Operation(summary = "What-if triage of a case", description = "Same engine and result as a submitted case; nothing is stored and no referral is sent.")
    public TriageResult evaluate(@NotNull(message = "a case is required") @Valid Case patientCase) {
        return triage.evaluate(patientCase);
    }

    @GET
    @Path("/results/{caseId}")
    @RolesAllowed({ "clinician", "admin" })
    @Operation(summary = "The stored triage result of a submitted case")
    public Response result(@PathParam("caseId") UUID caseId) {
        return Response.ok(triage.storedResult(caseId), MediaType.APPLICATION_JSON).build();
    }
}
