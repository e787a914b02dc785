package org.spinepath.intake.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinepath.common.access.AccessGuard;
import org.spinepath.intake.config.IntakeConfig;
import org.spinepath.intake.service.CaseService;
import org.spinepath.intake.service.CaseView;
import org.spinepath.intake.service.Submission;
import org.spinepath.triage.engine.model.Case;


@Path("/api/cases")
@Tag(name = "Cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final CaseService cases;
    private final AccessGuard guard;
    private final IntakeConfig config;

    public CaseResource(CaseService cases, AccessGuard guard, IntakeConfig config) {
        this.cases = cases;
        this.guard = guard;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLINICIAN)
    @Operation(summary = "Submit a case for triage",
            description = "201 with the stored case; a retry with the same Idempotency-Key returns the first case with 200.")
    public Response submit(@NotNull(message = "a case is required") @Valid Case patientCase,
            @Parameter(description = "Client-chosen key that makes retries safe")
            @HeaderParam("Idempotency-Key") @Size(min = 1, max = 200) @Pattern(regexp = "[\\x21-\\x7E]+",
                    message = "must be printable ASCII without spaces") String idempotencyKey) {
        Submission submission = cases.submit(patientCase, guard.caller(), idempotencyKey);
        URI location = URI.create("/api/cases/" + submission.view().id());
        if (submission.replayed()) {
            return Response.ok(submission.view()).location(location).header("Idempotent-Replayed", "true").build();
        }
        return Response.created(location).entity(submission.view()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CLINICIAN, Roles.ONCALL, Roles.ADMIN })
    @Operation(summary = "A case with its status and, once triaged, its result",
            description = "Only for the submitting clinician, their care team and on-call staff of a route the "
                    + "case was referred to; anyone else gets 404, as for an unknown case, unless they break the glass with " + AccessGuard.BREAK_GLASS_HEADER
                    + " (granted, audited with the reason, and alerted).")
    public CaseView get(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = AccessGuard.BREAK_GLASS_HEADER,
                    description = "Why a clinician outside the care team must open this case (at most 500 characters)")
            @HeaderParam(AccessGuard.BREAK_GLASS_HEADER) String breakGlassReason) {
        return cases.get(id);
    }

    @GET
    @RolesAllowed(Roles.CLINICIAN)
    @Operation(summary = "The caller's own cases and those of their care teams, newest first")
    public List<CaseView> mine(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return cases.recent(guard.caller(), page, Math.min(size, config.maxPageSize()));
    }
}
