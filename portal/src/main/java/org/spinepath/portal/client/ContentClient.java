package org.spinepath.portal.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** content-service: articles, their versions and workflow, search and readers' feedback. */
@RegisterRestClient(configKey = "content")
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
public interface ContentClient {

    @GET
    @Path("/api/articles")
    Response list(@QueryParam("page") int page, @QueryParam("size") int size, @QueryParam("audience") String audience);

    @GET
    @Path("/api/articles/{slug}")
    Response current(@PathParam("slug") String slug, @QueryParam("audience") String audience);

    @GET
    @Path("/api/articles/{slug}/versions")
    Response history(@PathParam("slug") String slug);

    @GET
    @Path("/api/articles/{slug}/versions/{version}")
    Response version(@PathParam("slug") String slug, @PathParam("version") int version,
            @QueryParam("audience") String audience);

    @GET
    @Path("/api/articles/{slug}/diff")
    Response diff(@PathParam("slug") String slug, @QueryParam("from") int from, @QueryParam("to") int to,
            @QueryParam("audience") String audience);

    @GET
    @Path("/api/articles/{slug}/versions/{version}/workflow")
    Response workflow(@PathParam("slug") String slug, @PathParam("version") int version);

    @POST
    @Path("/api/articles/{slug}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    Response newDraft(@PathParam("slug") String slug, String body);

    @PUT
    @Path("/api/articles/{slug}/versions/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response edit(@PathParam("slug") String slug, @PathParam("version") int version, String body);

    /** submit, start-review and approve take no body; reject and retract take a JSON one. */
    @POST
    @Path("/api/articles/{slug}/versions/{version}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response transition(@PathParam("slug") String slug, @PathParam("version") int version,
            @PathParam("action") String action, String body);

    @GET
    @Path("/api/versions")
    Response queue(@QueryParam("status") List<String> status, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/api/search")
    Response search(@QueryParam("q") String q, @QueryParam("audience") String audience, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/api/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    Response report(String body);

    @GET
    @Path("/api/feedback")
    Response feedback(@QueryParam("status") String status, @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/api/feedback/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    Response resolve(@PathParam("id") long id, String body);

    @GET
    @Path("/q/health/ready")
    Response health();
}
