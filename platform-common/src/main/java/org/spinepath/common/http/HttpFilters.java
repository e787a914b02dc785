package org.spinepath.common.http;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.spinepath.common.problem.Problem;

import io.quarkus.security.identity.SecurityIdentity;

/** Request filters of every service: the per-user limit on writes. */
public class HttpFilters {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final WriteRateLimiter limiter;
    private final SecurityIdentity identity;

    public HttpFilters(WriteRateLimiter limiter, SecurityIdentity identity) {
        this.limiter = limiter;
        this.identity = identity;
    }

    @ServerRequestFilter
    public Response limitWrites(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod()) || identity.isAnonymous()) {
            return null;
        }
        long retryAfter = limiter.tryAcquire(identity.getPrincipal().getName());
        if (retryAfter == 0) {
            return null;
        }
        Problem problem = Problem.of(429, "too-many-requests", "Too many requests",
                "too many writes from " + identity.getPrincipal().getName() + "; try again in " + retryAfter + " s")
                .withInstance(request.getUriInfo().getPath());
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", retryAfter).entity(problem).build();
    }
}
