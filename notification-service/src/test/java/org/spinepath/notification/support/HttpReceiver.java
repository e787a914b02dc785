package org.spinepath.notification.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A FHIR server and a webhook receiver on loopback, for the tests: records every request and
 * answers 200, or 503 while a test makes it fail for requests it chooses.
 */
public final class HttpReceiver {

    public static final String FHIR = "/fhir";
    public static final String WEBHOOK = "/webhook";

    /** One request as received, with the status it was answered with. */
    public record Request(String path, Map<String, List<String>> headers, String body, int status) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public boolean accepted() {
            return status < 300;
        }
    }

    private static HttpReceiver instance;

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Predicate<String> failing = body -> false;

    private HttpReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(FHIR, this::handle);
        server.createContext(WEBHOOK, this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public static synchronized HttpReceiver get() {
        if (instance == null) {
            instance = new HttpReceiver();
        }
        return instance;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Requests whose body satisfies {@code failing} are answered 503 until this is called again. */
    public void failWhen(Predicate<String> failing) {
        this.failing = failing;
    }

    /** Every request to {@code path} whose body contains {@code text}, oldest first. */
    public List<Request> received(String path, String text) {
        return requests.stream().filter(r -> r.path().equals(path) && r.body().contains(text)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), UTF_8);
        }
        Map<String, List<String>> headers = exchange.getRequestHeaders().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), e -> List.copyOf(e.getValue())));
        int status = failing.test(body) ? 503 : 200;
        requests.add(new Request(exchange.getHttpContext().getPath(), headers, body, status));
        byte[] answer = (status == 200 ? "{\"resourceType\":\"Bundle\",\"type\":\"transaction-response\"}"
                : "{\"error\":\"unavailable\"}").getBytes(UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }
}
