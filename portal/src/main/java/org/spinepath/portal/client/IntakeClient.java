package org.spinepath.portal.client;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** intake-service's case API, called with the logged-in user's access token. */
@RegisterRestClient(configKey = "intake")
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
public interface IntakeClient {

    @POST
    @Path("/api/cases")
    @Consumes(MediaType.APPLICATION_JSON)
    Response submit(@HeaderParam("Idempotency-Key") String idempotencyKey, String caseJson);

    @GET
    @Path("/api/cases/{id}")
    Response get(@PathParam("id") UUID id);

    @GET
    @Path("/api/cases")
    Response mine(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/api/admin/outbox")
    Response outbox();

    @GET
    @Path("/q/health/ready")
    Response health();
}
