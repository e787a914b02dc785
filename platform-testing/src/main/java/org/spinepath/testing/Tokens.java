package org.spinepath.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens from the SpinePath realm, for calling the services as one of the realm's users
 * ({@code clinician1}, {@code editor1}, {@code reviewer1}, {@code oncall1}, {@code admin1}...)
 * or as a service.
 *
 * <p>User tokens come from the password grant of the public client {@code spinepath-cli} with the
 * development password {@code spinepath-dev}; service tokens from the client-credentials grant
 * with the client's development secret. Tokens are cached per Keycloak and user until 30 s before
 * they expire (the realm issues them for 15 minutes).
 *
 * <p>{@code keycloakUrl} arguments take Keycloak's root ({@code http://localhost:32768}) or the
 * realm's URL ({@code http://localhost:32768/realms/spinepath}). Without one, the JVM's shared
 * Keycloak ({@link SpinePathContainers#keycloak()}) answers.
 */
public final class Tokens {

    public static final String CLIENT = "spinepath-cli";
    public static final String PASSWORD = "spinepath-dev";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration MARGIN = Duration.ofSeconds(30);
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, Instant renewAfter) {
    }

    private Tokens() {
    }

    /** A user's access token from the shared Keycloak. */
    public static String accessToken(String username) {
        return accessToken(SpinePathContainers.keycloak().realmUrl(), username);
    }

    /** A user's access token from the Keycloak at {@code keycloakUrl}. */
    public static String accessToken(String keycloakUrl, String username) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", CLIENT);
        form.put("username", username);
        form.put("password", PASSWORD);
        form.put("scope", "openid");
        return cached(tokenUrl(keycloakUrl), "user:" + username, form);
    }

    /** A confidential client's own token (client-credentials grant) from the shared Keycloak. */
    public static String serviceToken(String clientId) {
        return serviceToken(SpinePathContainers.keycloak().realmUrl(), clientId);
    }

    /** A confidential client's own token (client-credentials grant) from {@code keycloakUrl}. */
    public static String serviceToken(String keycloakUrl, String clientId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", devSecret(clientId));
        return cached(tokenUrl(keycloakUrl), "client:" + clientId, form);
    }

    /** {@code Bearer <token>} for a user, for an {@code Authorization} header. */
    public static String bearer(String username) {
        return "Bearer " + accessToken(username);
    }

    /** The development secret the realm file gives a confidential client. */
    public static String devSecret(String clientId) {
        return clientId + "-dev-secret";
    }

    /** The claims of a token, read without checking its signature (the services check it). */
    public static JsonNode claims(String token) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT");
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable JWT payload", e);
        }
    }

    /** Forgets every cached token, e.g. after changing a user in Keycloak. */
    public static void clear() {
        CACHE.clear();
    }

    private static String tokenUrl(String keycloakUrl) {
        String base = keycloakUrl.endsWith("/") ? keycloakUrl.substring(0, keycloakUrl.length() - 1) : keycloakUrl;
        String realm = base.contains("/realms/") ? base : base + "/realms/" + KeycloakContainer.REALM;
        return realm + "/protocol/openid-connect/token";
    }

    private static String cached(String tokenUrl, String who, Map<String, String> form) {
        String key = tokenUrl + "|" + who;
        Cached cached = CACHE.get(key);
        if (cached != null && Instant.now().isBefore(cached.renewAfter())) {
            return cached.token();
        }
        Cached fresh = fetch(tokenUrl, who, form);
        CACHE.put(key, fresh);
        return fresh.token();
    }

    private static Cached fetch(String tokenUrl, String who, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        Instant asked = Instant.now();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("no token for " + who + ": " + tokenUrl + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching a token for " + who, e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + who + " from " + tokenUrl + ": HTTP "
                    + response.statusCode() + " " + response.body());
        }
        try {
            JsonNode json = JSON.readTree(response.body());
            String token = json.path("access_token").asText(null);
            if (token == null) {
                throw new IllegalStateException("no access_token in the answer for " + who + ": " + response.body());
            }
            long lifetime = json.path("expires_in").asLong(60);
            return new Cached(token, asked.plusSeconds(lifetime).minus(MARGIN));
        } catch (IOException e) {
            throw new IllegalStateException("unreadable token answer for " + who + ": " + response.body(), e);
        }
    }
}
