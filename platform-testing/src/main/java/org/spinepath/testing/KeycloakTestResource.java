package org.spinepath.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The JVM's shared Keycloak (SpinePath realm) for a Quarkus test: sets
 * {@code quarkus.oidc.auth-server-url} to {@code <keycloak>/realms/spinepath}, which turns Dev
 * Services for Keycloak off. Tokens for the realm's users come from {@link Tokens}.
 *
 * <p>Init arguments:
 * <ul>
 * <li>{@code client}: a confidential client of the realm (e.g. {@code intake-service}); sets
 * {@code quarkus.oidc.client-id} and {@code quarkus.oidc.credentials.secret} (the realm's
 * development secret {@code <client>-dev-secret});</li>
 * <li>{@code oidc-client} = {@code true}: also configures the {@code quarkus-oidc-client}
 * extension ({@code quarkus.oidc-client.*}) with the same client, for service-to-service calls.</li>
 * </ul>
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    private String client;
    private boolean oidcClient;

    @Override
    public void init(Map<String, String> initArgs) {
        client = initArgs.get("client");
        oidcClient = Boolean.parseBoolean(initArgs.getOrDefault("oidc-client", "false"));
    }

    @Override
    public Map<String, String> start() {
        String realmUrl = SpinePathContainers.keycloak().realmUrl();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc.auth-server-url", realmUrl);
        if (client != null && !client.isBlank()) {
            config.put("quarkus.oidc.client-id", client);
            config.put("quarkus.oidc.credentials.secret", Tokens.devSecret(client));
            if (oidcClient) {
                config.put("quarkus.oidc-client.auth-server-url", realmUrl);
                config.put("quarkus.oidc-client.client-id", client);
                config.put("quarkus.oidc-client.credentials.secret", Tokens.devSecret(client));
            }
        }
        return config;
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; stopped when the JVM exits.
    }
}
