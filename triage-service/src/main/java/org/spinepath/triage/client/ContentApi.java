package org.spinepath.triage.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/**
 * The content service's bulk citation check (docs/content.md, "Citation check"). Every call
 * carries a client-credentials token of the {@code triage-service} client. Use it through
 * {@link ContentClient}, which adds the timeout, retries and circuit breaker.
 */
@RegisterRestClient(configKey = "content")
@OidcClientFilter
@Path("/api/citations")
public interface ContentApi {

    @POST
    @Path("/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    List<CitationAnswer> resolve(List<CitationQuery> citations);
}
