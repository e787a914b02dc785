package org.spinepath.content.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.spinepath.common.problem.Problem;
import org.spinepath.content.domain.IllegalTransitionException;

/** Workflow refusals as 409 problem+json, so an editor sees why and what would be allowed. */
public class WorkflowProblems {

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, @Context UriInfo uri) {
        String title = switch (e.reason()) {
            case FOUR_EYES -> "Four-eyes rule";
            case IMMUTABLE_VERSION -> "Version is immutable";
            case ILLEGAL_TRANSITION -> "Illegal workflow transition";
        };
        return respond(Problem.of(409, e.reason().slug(), title, e.getMessage()), uri);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.withInstance(uri.getPath()))
                .build();
    }
}
