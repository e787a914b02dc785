package org.spinepath.triage.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinepath.common.access.AccessGuard;
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
    @RolesAllowed({ "clinician", "oncall", "admin" })
    @Operation(summary = "The stored triage result of a submitted case",
            description = "Only for the submitting clinician, their care team and on-call staff of a route the "
                    + "case was referred to; anyone else gets 404, as for an unknown case, unless they break the glass with " + AccessGuard.BREAK_GLASS_HEADER
                    + " (granted, audited with the reason, and alerted).")
    public Response result(@PathParam("caseId") UUID caseId,
            @Parameter(in = ParameterIn.HEADER, name = AccessGuard.BREAK_GLASS_HEADER,
                    description = "Why a clinician outside the care team must open this result (at most 500 characters)")
            @HeaderParam(AccessGuard.BREAK_GLASS_HEADER) String breakGlassReason) {
        return Response.ok(triage.storedResult(caseId), MediaType.APPLICATION_JSON).build();
    }
}
