package org.spinepath.content.config;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Lets the other SpinePath services read content. A client-credentials token from Keycloak carries
 * no SpinePath realm role (its service-account user has only the realm defaults), but its
 * {@code azp} claim names the client it was issued to. The service clients allow no user login
 * (no standard flow, no password grant), so a token whose {@code azp} is one of them can only be
 * that service's own. Such a token gets the {@link Roles#SERVICE} role.
 */
@ApplicationScoped
public class ServiceAccountRoles implements SecurityIdentityAugmentor {

    private final Set<String> serviceClients;

    public ServiceAccountRoles(ContentConfig config) {
        this.serviceClients = Set.copyOf(config.security().serviceClients());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String azp = text(token.getClaim("azp"));
        if (azp != null && serviceClients.contains(azp)) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRole(Roles.SERVICE).build());
        }
        return Uni.createFrom().item(identity);
    }

    /** Claims outside the MicroProfile JWT set come back as JSON values rather than strings. */
    private static String text(Object claim) {
        if (claim instanceof JsonString json) {
            return json.getString();
        }
        return claim == null ? null : claim.toString();
    }
}
