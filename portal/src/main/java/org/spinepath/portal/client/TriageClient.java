package org.spinepath.portal.client;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** triage-service: the synchronous evaluation (nothing stored) and stored results. */
@RegisterRestClient(configKey = "triage")
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
public interface TriageClient {

    @POST
    @Path("/api/triage/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    Response evaluate(String caseJson);

    @GET
    @Path("/api/triage/results/{caseId}")
    Response result(@PathParam("caseId") UUID caseId);

    @GET
    @Path("/api/triage/guideline-drift")
    Response guidelineDrift();

    @GET
    @Path("/q/health/ready")
    Response health();
}
