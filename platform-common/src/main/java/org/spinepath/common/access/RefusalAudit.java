package org.spinepath.common.access;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.spinepath.common.audit.AuditAction;
import org.spinepath.common.audit.AuditEntry;
import org.spinepath.common.audit.AuditOutcome;
import org.spinepath.common.audit.AuditTrail;
import org.spinepath.common.problem.Problem;

import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * A caller whose roles do not allow an endpoint gets a 403 problem, and the refusal becomes an
 * audit record. The record is written on a worker thread: the role check may run on the event
 * loop, and a refusal has no transaction of its own to join.
 */
public class RefusalAudit {

    private static final Logger LOG = Logger.getLogger(RefusalAudit.class);

    private final AccessGuard guard;
    private final AuditTrail audit;

    public RefusalAudit(AccessGuard guard, AuditTrail audit) {
        this.guard = guard;
        this.audit = audit;
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, @Context UriInfo uri, @Context Request request) {
        Caller caller = guard.caller();
        String path = uri.getPath();
        AuditAction action = switch (request.getMethod()) {
            case "POST" -> AuditAction.CREATE;
            case "PUT", "PATCH", "DELETE" -> AuditAction.UPDATE;
            default -> AuditAction.READ;
        };
        AuditEntry entry = new AuditEntry(caller, action, "Endpoint", request.getMethod() + " " + path, null,
                AuditOutcome.REFUSED, Grant.DENIED, null, null);
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                audit.recordAlone(entry);
            } catch (RuntimeException failure) {
                LOG.errorf("the refusal of %s to %s could not be audited: %s", caller.user(), path,
                        failure.getMessage());
            }
        });
        Problem problem = Problem.of(403, "forbidden", "Forbidden", "your roles do not allow this request")
                .withInstance(path);
        return Response.status(403).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
