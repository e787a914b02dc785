package org.spinepath.common.access;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.spinepath.common.audit.AuditAction;
import org.spinepath.common.audit.AuditEntry;
import org.spinepath.common.audit.AuditTrail;
import org.spinepath.common.problem.Problem;
import org.spinepath.common.problem.ProblemException;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Applies {@link AccessRule} to the current request and writes the audit record of the outcome:
 * the one place each service asks whether the caller may see a record of patient data. A refusal
 * is a 404, exactly as for a record that does not exist, so existence is not disclosed.
 */
@ApplicationScoped
public class AccessGuard {

    /** The header a clinician sets to open a record outside their care team. */
    public static final String BREAK_GLASS_HEADER = "X-Break-Glass-Reason";

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;
    private final AuditTrail audit;

    public AccessGuard(SecurityIdentity identity, CurrentVertxRequest request, AuditTrail audit) {
        this.identity = identity;
        this.request = request;
        this.audit = audit;
    }

    /** The caller of the current request. */
    public Caller caller() {
        RoutingContext context = request.getCurrent();
        String address = null;
        if (context != null) {
            SocketAddress remote = context.request().remoteAddress();
            address = remote == null ? null : remote.hostAddress();
        }
        return Caller.of(identity, address);
    }

    /**
     * Decides whether the caller may read a record and records the read (or the refusal) in a
     * transaction of its own.
     *
     * @throws ProblemException 404 when the rule refuses
     */
    public Grant read(Custody custody, String resourceType, Object id, UUID caseId) {
        return read(custody, resourceType, id, caseId, false);
    }

    /**
     * As {@link #read(Custody, String, Object, UUID)}, for a service that has an operational view
     * of the record: an administrator without a reason gets {@link Grant#OPERATIONAL} rather than 404.
     */
    public Grant read(Custody custody, String resourceType, Object id, UUID caseId, boolean operationalView) {
        Caller caller = caller();
        String reason = breakGlassReason();
        Grant grant = AccessRule.decide(caller, custody, reason);
        if (grant == Grant.OPERATIONAL && !operationalView) {
            grant = Grant.DENIED;
        }
        audit.recordAlone(AuditEntry.of(caller, AuditAction.READ, resourceType, id, caseId, grant,
                grant == Grant.BREAK_GLASS ? reason : null));
        if (grant == Grant.DENIED) {
            throw ProblemException.notFound(resourceType, id);
        }
        return grant;
    }

    /**
     * Decides whether the caller may change a record; the service records the change in its own
     * transaction. A refusal is recorded here and answered with 404.
     */
    public Grant update(Custody custody, String resourceType, Object id, UUID caseId) {
        Caller caller = caller();
        String reason = breakGlassReason();
        Grant grant = AccessRule.decide(caller, custody, reason);
        if (!grant.granted()) {
            audit.recordAlone(AuditEntry.of(caller, AuditAction.UPDATE, resourceType, id, caseId, Grant.DENIED, null));
            throw ProblemException.notFound(resourceType, id);
        }
        return grant;
    }

    /** Records a search the caller ran; the service has already filtered the results by the rule. */
    public void searched(String resourceType, String query) {
        audit.recordAlone(AuditEntry.search(caller(), resourceType, query));
    }

    /** The break-glass reason of the current request, checked for length and control characters. */
    public String breakGlassReason() {
        RoutingContext context = request.getCurrent();
        if (context == null) {
            return null;
        }
        HttpServerRequest http = context.request();
        String reason = http.getHeader(BREAK_GLASS_HEADER);
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.length() > AccessRule.MAX_REASON_LENGTH || reason.chars().anyMatch(Character::isISOControl)) {
            String message = "must be at most " + AccessRule.MAX_REASON_LENGTH + " printable characters";
            throw new ProblemException(Problem.of(400, "validation", "Invalid request",
                    BREAK_GLASS_HEADER + ": " + message).withErrors(List.of(new Problem.FieldError(BREAK_GLASS_HEADER,
                            message))));
        }
        return reason.strip();
    }
}
