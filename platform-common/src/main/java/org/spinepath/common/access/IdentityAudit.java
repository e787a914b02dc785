package org.spinepath.common.access;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.spinepath.common.audit.AuditAction;
import org.spinepath.common.audit.AuditEntry;
import org.spinepath.common.audit.AuditOutcome;
import org.spinepath.common.audit.AuditTrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.quarkus.security.spi.runtime.AuthenticationSuccessEvent;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The audit records of identities: a service deriving a user's identity from a login (the first
 * request of each Keycloak session, or of each token without one, that the service accepts) and a
 * service refusing a bearer token that was presented (401). A refused token's claims are read
 * without trusting them, to name the user it claims to be, marked unverified; a token that cannot
 * be read at all is recorded as anonymous. A request without any token is answered 401 and not
 * recorded: it carries no identity and reaches no data. Records are written on a worker thread,
 * since authentication runs on the event loop.
 */
@ApplicationScoped
public class IdentityAudit {

    private static final Logger LOG = Logger.getLogger(IdentityAudit.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Sessions seen by this instance; after a restart or on another replica a session is recorded once more. */
    private static final int REMEMBERED_SESSIONS = 10_000;
    private static final String BEARER = "bearer ";

    private final AuditTrail audit;
    private final Map<String, Boolean> seen = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_SESSIONS;
        }
    });

    public IdentityAudit(AuditTrail audit) {
        this.audit = audit;
    }

    void accepted(@Observes AuthenticationSuccessEvent event) {
        SecurityIdentity identity = event.getSecurityIdentity();
        if (identity == null || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        String session = firstPresent(jwt.getClaim("sid"), jwt.getClaim("session_state"), jwt.getTokenID());
        String key = identity.getPrincipal().getName() + "|" + session;
        if (seen.putIfAbsent(key, Boolean.TRUE) != null) {
            return;
        }
        Caller caller = Caller.of(identity, address(event.getEventProperties()));
        write(new AuditEntry(caller, AuditAction.LOGIN, "Session", session, null, AuditOutcome.SUCCESS, null, null,
                null), caller.user());
    }

    void refused(@Observes AuthenticationFailureEvent event) {
        RoutingContext context = routingContext(event.getEventProperties());
        if (context == null) {
            return;
        }
        String authorization = context.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return;
        }
        String token = authorization.substring(BEARER.length()).strip();
        JsonNode claims = unverifiedClaims(token);
        String user = text(claims, "preferred_username");
        String client = text(claims, "azp");
        Caller caller = new Caller(user, client, Set.of(), Set.of(), Set.of(), address(context));
        String path = context.request().method() + " " + context.request().path();
        write(new AuditEntry(caller, AuditAction.LOGIN, "Endpoint", path, null, AuditOutcome.REFUSED, Grant.DENIED,
                reason(event.getAuthenticationFailure()), null), user);
    }

    private void write(AuditEntry entry, String user) {
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                audit.recordAlone(entry);
            } catch (RuntimeException failure) {
                LOG.errorf("the login of %s could not be audited: %s", user, failure.getMessage());
            }
        });
    }

    /**
     * The payload of a JWT, decoded without checking anything: only to name who a refused token
     * claims to be. Null when the token is not a readable JWT.
     */
    static JsonNode unverifiedClaims(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length < 2 || parts[1].length() > 16_384) {
            return null;
        }
        try {
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            return claims != null && claims.isObject() ? claims : null;
        } catch (Exception unreadable) {
            return null;
        }
    }

    /** A claimed name is kept only when it looks like a user name: nothing else reaches the trail. */
    private static String text(JsonNode claims, String name) {
        if (claims == null) {
            return null;
        }
        String value = claims.path(name).asText(null);
        return value != null && value.matches("[\\p{Alnum}._@+-]{1,200}") ? value : null;
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }

    private static String address(Map<String, Object> properties) {
        return address(routingContext(properties));
    }

    /** The HTTP layer names the request under its own attribute or, for a failure, under the class name. */
    private static RoutingContext routingContext(Map<String, Object> properties) {
        RoutingContext context = HttpSecurityUtils.getRoutingContextAttribute(properties);
        if (context == null && properties.get(RoutingContext.class.getName()) instanceof RoutingContext named) {
            context = named;
        }
        return context;
    }

    private static String address(RoutingContext context) {
        if (context == null) {
            return null;
        }
        SocketAddress remote = context.request().remoteAddress();
        return remote == null ? null : remote.hostAddress();
    }

    private static String firstPresent(Object... values) {
        for (Object value : values) {
            if (value != null && !String.valueOf(value).isBlank()) {
                return String.valueOf(value).replace("\"", "");
            }
        }
        return "token";
    }
}
