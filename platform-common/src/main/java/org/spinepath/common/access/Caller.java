package org.spinepath.common.access;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is asking, as the access rule and the audit trail need it: the user, the OAuth client the
 * request came through, the realm roles, the care teams ({@code /teams/<team>} groups) and the
 * on-call routes ({@code /oncall/<route>} groups) from the token's {@value #GROUPS_CLAIM} claim,
 * and the network address the request came from.
 */
public record Caller(String user, String client, Set<String> roles, Set<String> teams, Set<String> oncallRoutes,
        String address) {

    /** The claim the realm's group-membership mapper writes (full group paths). */
    public static final String GROUPS_CLAIM = "spinepath_groups";
    static final String TEAM_PREFIX = "/teams/";
    static final String ONCALL_PREFIX = "/oncall/";

    public Caller {
        roles = Set.copyOf(roles);
        teams = Set.copyOf(teams);
        oncallRoutes = Set.copyOf(oncallRoutes);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** A service acting on its own, from an event rather than a request (the agent of its audit records). */
    public static Caller system(String service) {
        return new Caller("system:" + service, service, Set.of(), Set.of(), Set.of(), null);
    }

    /** The holder of a signed link sent to {@code recipient}: the signature is their credential. */
    public static Caller linkHolder(String recipient, String service) {
        return new Caller(recipient, service, Set.of(), Set.of(), Set.of(), null);
    }

    public static Caller of(SecurityIdentity identity, String address) {
        if (identity == null || identity.isAnonymous()) {
            return new Caller(null, null, Set.of(), Set.of(), Set.of(), address);
        }
        Set<String> teams = new LinkedHashSet<>();
        Set<String> routes = new LinkedHashSet<>();
        String client = null;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            client = jwt.getClaim("azp");
            Object groups = jwt.getClaim(GROUPS_CLAIM);
            if (groups instanceof Iterable<?> values) {
                for (Object value : values) {
                    String group = unquote(String.valueOf(value));
                    if (group.startsWith(TEAM_PREFIX) && group.length() > TEAM_PREFIX.length()) {
                        teams.add(group);
                    } else if (group.startsWith(ONCALL_PREFIX) && group.length() > ONCALL_PREFIX.length()) {
                        routes.add(group.substring(ONCALL_PREFIX.length()));
                    }
                }
            }
        }
        return new Caller(identity.getPrincipal().getName(), client, identity.getRoles(), teams, routes, address);
    }

    /** JSON-P string values print with their quotes. */
    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
