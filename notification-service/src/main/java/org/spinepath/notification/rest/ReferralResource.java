package org.spinepath.notification.rest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinepath.common.access.AccessGuard;
import org.spinepath.notification.domain.ReferralStatus;
import org.spinepath.notification.service.ReferralService;
import org.spinepath.notification.service.ReferralView;


@Path("/api/referrals")
@Tag(name = "Referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private final ReferralService referrals;
    private final AccessGuard guard;

    public ReferralResource(ReferralService referrals, AccessGuard guard) {
        this.referrals = referrals;
        this.guard = guard;
    }

    @GET
    @RolesAllowed({ Roles.ONCALL, Roles.ADMIN })
    @Operation(summary = "Open referrals, most urgent and oldest first, then recently acknowledged ones, one page at a time",
            description = "On-call staff see the referrals sent to their routes; an administrator sees every "
                    + "referral's delivery and escalation state without its clinical content.")
    public List<ReferralView> list(
            @Parameter(description = "Only OPEN or only ACKNOWLEDGED referrals") @QueryParam("status") ReferralStatus status,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Referrals per page") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return referrals.openAndRecent(Optional.ofNullable(status), page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ONCALL, Roles.ADMIN, Roles.CLINICIAN })
    @Operation(summary = "A referral with its deliveries and its history",
            description = "On-call staff of a route the referral was sent to, and the case's clinician and care "
                    + "team, see all of it; an administrator sees its operational state only; anyone else gets 404 "
                    + "unless they break the glass with " + AccessGuard.BREAK_GLASS_HEADER + ".")
    public ReferralView get(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER,
            name = AccessGuard.BREAK_GLASS_HEADER, description = "Why the referral must be opened (at most 500 characters)")
            @HeaderParam(AccessGuard.BREAK_GLASS_HEADER) String breakGlassReason) {
        return referrals.get(id);
    }

    @POST
    @Path("/{id}/acknowledge")
    @RolesAllowed(Roles.ONCALL)
    @Operation(summary = "Take the referral: records who acknowledged it and stops its escalation",
            description = "Idempotent: acknowledging an acknowledged referral answers with its state unchanged. "
                    + "Only on-call staff of a route the referral was sent to, unless they break the glass.")
    public ReferralView acknowledge(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER,
            name = AccessGuard.BREAK_GLASS_HEADER, description = "Why a referral of another route must be taken")
            @HeaderParam(AccessGuard.BREAK_GLASS_HEADER) String breakGlassReason) {
        return referrals.acknowledge(id, guard.caller());
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/retry")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Put a dead-lettered delivery back in the queue with a fresh set of attempts")
    public ReferralView retryDelivery(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return referrals.retryDelivery(id, deliveryId, guard.caller());
    }
}
