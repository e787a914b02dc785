package org.spinepath.notification.rest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinepath.notification.domain.ReferralStatus;
import org.spinepath.notification.service.ReferralService;
import org.spinepath.notification.service.ReferralView;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/referrals")
@Tag(name = "Referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private final ReferralService referrals;
    private final SecurityIdentity identity;

    public ReferralResource(ReferralService referrals, SecurityIdentity identity) {
        this.referrals = referrals;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ Roles.ONCALL, Roles.ADMIN })
    @Operation(summary = "Open referrals, most urgent and oldest first, then recently acknowledged ones, one page at a time")
    public List<ReferralView> list(
            @Parameter(description = "Only OPEN or only ACKNOWLEDGED referrals") @QueryParam("status") ReferralStatus status,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Referrals per page") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return referrals.openAndRecent(Optional.ofNullable(status), page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ONCALL, Roles.ADMIN })
    @Operation(summary = "A referral with its deliveries and its history")
    public ReferralView get(@PathParam("id") UUID id) {
        return referrals.get(id);
    }

    @POST
    @Path("/{id}/acknowledge")
    @RolesAllowed(Roles.ONCALL)
    @Operation(summary = "Take the referral: records who acknowledged it and stops its escalation",
            description = "Idempotent: acknowledging an acknowledged referral answers with its state unchanged.")
    public ReferralView acknowledge(@PathParam("id") UUID id) {
        return referrals.acknowledge(id, identity.getPrincipal().getName());
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/retry")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Put a dead-lettered delivery back in the queue with a fresh set of attempts")
    public ReferralView retryDelivery(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return referrals.retryDelivery(id, deliveryId, identity.getPrincipal().getName());
    }
}
