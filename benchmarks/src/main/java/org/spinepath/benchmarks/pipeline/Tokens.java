package org.spinepath.benchmarks.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A clinician's access token from Keycloak (the spinepath-cli client's password grant, as a user of
 * the command line gets one), fetched again well before it expires so that no request of the load
 * ever carries an expired token.
 */
final class Tokens implements AutoCloseable {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "token-refresh");
        t.setDaemon(true);
        return t;
    });
    private final String tokenUrl;
    private final String user;
    private final String password;
    private volatile String bearer;
    private int fetched;

    Tokens(String keycloakUrl, String user, String password) {
        this.tokenUrl = keycloakUrl + "/realms/spinepath/protocol/openid-connect/token";
        this.user = user;
        this.password = password;
        long lifetime = fetch();
        long every = Math.max(5, lifetime * 6 / 10);
        refresher.scheduleAtFixedRate(this::refresh, every, every, TimeUnit.SECONDS);
    }

    String bearer() {
        return bearer;
    }

    int fetched() {
        return fetched;
    }

    private void refresh() {
        try {
            fetch();
        } catch (RuntimeException e) {
            System.err.println("token refresh failed, keeping the current token: " + e.getMessage());
        }
    }

    private synchronized long fetch() {
        String form = "grant_type=password&client_id=spinepath-cli&username=" + URLEncoder.encode(user, UTF_8)
                + "&password=" + URLEncoder.encode(password, UTF_8);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token endpoint answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode body = json.readTree(response.body());
            bearer = "Bearer " + body.get("access_token").asText();
            fetched++;
            return body.path("expires_in").asLong(300);
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach Keycloak at " + tokenUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
