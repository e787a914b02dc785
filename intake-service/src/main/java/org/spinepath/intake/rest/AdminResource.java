package org.spinepath.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinepath.common.outbox.OutboxEvent;

@Path("/api/admin")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    public record OutboxStatus(long pending) {
    }

    @GET
    @Path("/outbox")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "How many case events are waiting to be published to Kafka")
    public OutboxStatus outbox() {
        return new OutboxStatus(OutboxEvent.pending());
    }
}
