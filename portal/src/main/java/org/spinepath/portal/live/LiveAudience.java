package org.spinepath.portal.live;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who a live stream belongs to, and which pushes may reach them, by the platform's access rule
 * (docs/security.md). The inbox stream tells on-call staff that a referral changed only when the
 * referral was sent to one of their routes (their {@code /oncall/<route>} groups in the access
 * token's {@code spinepath_groups} claim); an administrator, who has the operational view of every
 * referral, hears every change. A case stream is opened only once the intake service, applying
 * the rule itself with the user's token, has let the user read the case, and carries only that
 * case's changes.
 */
public record LiveAudience(boolean admin, Set<String> oncallRoutes) {

    static final String GROUPS_CLAIM = "spinepath_groups";
    private static final String ONCALL_PREFIX = "/oncall/";
    private static final ObjectMapper JSON = new ObjectMapper();

    public LiveAudience {
        oncallRoutes = Set.copyOf(oncallRoutes);
    }

    /**
     * The audience of the signed-in user. The access token came from Keycloak over the code
     * exchange and is kept in the encrypted session, so its claims are read as they are.
     */
    public static LiveAudience of(SecurityIdentity identity, String adminRole) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        return new LiveAudience(identity.hasRole(adminRole), routes(token == null ? null : token.getToken()));
    }

    /** Whether a referral change may be pushed to this user's inbox. */
    public boolean hearsReferral(LiveEvents.Signal signal) {
        return "referral".equals(signal.kind())
                && (admin || !Collections.disjoint(oncallRoutes, signal.routes()));
    }

    static Set<String> routes(String accessToken) {
        Set<String> routes = new LinkedHashSet<>();
        if (accessToken == null) {
            return routes;
        }
        String[] parts = accessToken.split("\\.", -1);
        if (parts.length < 2) {
            return routes;
        }
        try {
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            for (JsonNode group : claims.path(GROUPS_CLAIM)) {
                String path = group.asText("");
                if (path.startsWith(ONCALL_PREFIX) && path.length() > ONCALL_PREFIX.length()) {
                    routes.add(path.substring(ONCALL_PREFIX.length()));
                }
            }
        } catch (Exception unreadable) {
            routes.clear();
        }
        return routes;
    }
}
