package org.spinepath.portal.client;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** notification-service: referrals for the on-call surgeon and their deliveries for the administrator. */
@RegisterRestClient(configKey = "notification")
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
public interface NotificationClient {

    @GET
    @Path("/api/referrals")
    Response list(@QueryParam("status") String status);

    @GET
    @Path("/api/referrals/{id}")
    Response get(@PathParam("id") UUID id);

    @POST
    @Path("/api/referrals/{id}/acknowledge")
    Response acknowledge(@PathParam("id") UUID id);

    @POST
    @Path("/api/referrals/{id}/deliveries/{deliveryId}/retry")
    Response retry(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId);

    @GET
    @Path("/q/health/ready")
    Response health();
}
