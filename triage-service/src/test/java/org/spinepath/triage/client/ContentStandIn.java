package org.spinepath.triage.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.spinepath.triage.engine.catalogue.Article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The content service's citation check as the triage service sees it: a real HTTP server on
 * loopback that answers {@code POST /api/citations/resolve} per the contract in docs/content.md,
 * from an article state the tests change. It refuses a call without a bearer token issued to the
 * {@code triage-service} client (401/403), as the content service does. Starts with version 1 of
 * every article the engine cites approved, as the content service ships them.
 */
public class ContentStandIn implements QuarkusTestResourceLifecycleManager {

    private enum State {
        APPROVED, RETRACTED
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, TreeMap<Integer, State>> VERSIONS = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> SECTIONS = new ConcurrentHashMap<>();
    private static volatile boolean down;
    private static volatile String lastCaller;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        for (Article article : Article.values()) {
            TreeMap<Integer, State> versions = new TreeMap<>();
            versions.put(1, State.APPROVED);
            VERSIONS.put(article.slug(), versions);
            SECTIONS.put(article.slug(), article.anchors());
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the content service stand-in on loopback", e);
        }
        server.createContext("/api/citations/resolve", ContentStandIn::resolve);
        server.start();
        return Map.of("quarkus.rest-client.content.url",
                "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A reviewer approved this version (with the same sections as version 1). */
    public static synchronized void approve(String slug, int version) {
        VERSIONS.get(slug).put(version, State.APPROVED);
    }

    /** A reviewer withdrew this version. */
    public static synchronized void retract(String slug, int version) {
        VERSIONS.get(slug).put(version, State.RETRACTED);
    }

    /** Answers 503 to every call while down. */
    public static void down(boolean isDown) {
        down = isDown;
    }

    /** The client ({@code azp}) of the last token that reached the resolve endpoint. */
    public static Optional<String> lastCaller() {
        return Optional.ofNullable(lastCaller);
    }

    private static void resolve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (down) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String caller = authorizedParty(authorization.substring("Bearer ".length()));
            lastCaller = caller;
            if (!"triage-service".equals(caller)) {
                exchange.sendResponseHeaders(403, -1);
                return;
            }
            JsonNode body;
            try (InputStream in = exchange.getRequestBody()) {
                body = JSON.readTree(in);
            }
            ArrayNode answers = JSON.createArrayNode();
            for (JsonNode citation : body) {
                answers.add(answer(citation.path("articleSlug").asText(), citation.path("version").asInt(),
                        citation.path("section").asText()));
            }
            byte[] bytes = JSON.writeValueAsBytes(answers);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static synchronized ObjectNode answer(String slug, int version, String section) {
        ObjectNode answer = JSON.createObjectNode().put("articleSlug", slug).put("version", version)
                .put("section", section);
        TreeMap<Integer, State> versions = VERSIONS.get(slug);
        if (versions == null) {
            return answer.put("resolved", false).put("status", "UNKNOWN_ARTICLE").put("drift", false)
                    .put("detail", "no article " + slug);
        }
        List<Integer> approved = new ArrayList<>();
        versions.forEach((number, state) -> {
            if (state == State.APPROVED) {
                approved.add(number);
            }
        });
        Integer current = approved.isEmpty() ? null : approved.get(approved.size() - 1);
        if (current != null) {
            answer.put("currentVersion", current);
        }
        State state = versions.get(version);
        if (state == null) {
            return answer.put("resolved", false).put("status", "UNKNOWN_VERSION").put("drift", false);
        }
        if (state == State.RETRACTED) {
            return answer.put("resolved", false).put("status", "RETRACTED").put("drift", false)
                    .put("detail", "version " + version + " of " + slug + " was retracted");
        }
        if (!SECTIONS.get(slug).contains(section)) {
            return answer.put("resolved", false).put("status", "UNKNOWN_SECTION").put("drift", false);
        }
        return answer.put("resolved", true).put("status", "RESOLVED")
                .put("drift", current != null && version < current).put("heading", "Heading of " + section);
    }

    private static String authorizedParty(String jwt) throws IOException {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        return JSON.readTree(new String(payload, StandardCharsets.UTF_8)).path("azp").asText(null);
    }
}
