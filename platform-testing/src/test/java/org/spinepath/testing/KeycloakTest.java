package org.spinepath.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class KeycloakTest {

    @Test
    void clinicianTokenCarriesTheClinicianRealmRole() {
        SpinePathContainers.KeycloakEndpoint keycloak = SpinePathContainers.keycloak();

        JsonNode claims = Tokens.claims(Tokens.accessToken("clinician1"));

        assertEquals(keycloak.realmUrl(), claims.path("iss").asText());
        assertEquals("clinician1", claims.path("preferred_username").asText());
        assertEquals("clinician1@spinepath.test", claims.path("email").asText());
        assertTrue(roles(claims).contains("clinician"), roles(claims).toString());
        assertFalse(roles(claims).contains("admin"), roles(claims).toString());
        long lifetime = claims.path("exp").asLong() - claims.path("iat").asLong();
        assertEquals(15 * 60, lifetime);
    }

    @Test
    void eachUserHasTheRoleOfTheirJob() {
        Map<String, String> roleOf = Map.of("clinician2", "clinician", "editor1", "content-editor",
                "editor2", "content-editor", "reviewer1", "content-reviewer", "reviewer2", "content-reviewer",
                "oncall1", "oncall", "oncall2", "oncall", "admin1", "admin");
        roleOf.forEach((user, role) -> assertTrue(roles(Tokens.claims(Tokens.accessToken(user))).contains(role),
                user + " lacks " + role));
    }

    @Test
    void tokensAreCachedUntilTheyNearExpiry() {
        assertSame(Tokens.accessToken("reviewer1"), Tokens.accessToken("reviewer1"));
    }

    @Test
    void servicesGetTokensWithTheirDevelopmentSecret() {
        JsonNode claims = Tokens.claims(Tokens.serviceToken("notification-service"));
        assertEquals("notification-service", claims.path("azp").asText());
    }

    @Test
    void wrongPasswordIsRefused() {
        String tokenUrl = SpinePathContainers.keycloak().tokenUrl();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Tokens.serviceToken(tokenUrl.replace("/protocol/openid-connect/token", ""), "no-such-client"));
        assertTrue(e.getMessage().contains("HTTP 401"), e.getMessage());
    }

    @Test
    void testResourceConfiguresQuarkusOidcForAServiceClient() {
        KeycloakTestResource resource = new KeycloakTestResource();
        resource.init(Map.of("client", "intake-service", "oidc-client", "true"));

        Map<String, String> config = resource.start();

        assertEquals(SpinePathContainers.keycloak().realmUrl(), config.get("quarkus.oidc.auth-server-url"));
        assertEquals("intake-service", config.get("quarkus.oidc.client-id"));
        assertEquals("intake-service-dev-secret", config.get("quarkus.oidc.credentials.secret"));
        assertEquals("intake-service", config.get("quarkus.oidc-client.client-id"));
    }

    private static List<String> roles(JsonNode claims) {
        List<String> roles = new ArrayList<>();
        claims.path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
        return roles;
    }
}
