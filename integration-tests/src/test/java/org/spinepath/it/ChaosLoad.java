package org.spinepath.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Steady, open-loop load of cases against the intake replicas, as a hospital's clients would send
 * it: a case every {@code 1/rate} seconds whatever the platform's state, the public vignettes in a
 * seeded shuffle (about a third raise a referral), each with an Idempotency-Key of its own.
 *
 * <p>A client behaves as the API asks: after a 503 it waits for Retry-After and sends the same
 * request again with the same key; when a replica does not answer at all (it was killed) it sends
 * the request to the other one, as a load balancer would. Every answer is recorded.
 */
final class ChaosLoad implements AutoCloseable {

    /** One answer (or a connection failure, status 0) to one attempt. */
    record Answer(Instant at, String replica, int status, boolean retryAfter, boolean problemJson, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GIVE_UP = Duration.ofMinutes(5);

    private final ChaosPlatform platform;
    private final List<String> vignettes;
    private final Random random = new Random(20261130L);
    // HTTP/1.1 as a hospital's load balancer speaks to the services (no h2c upgrade).
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private final ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
    private final java.util.concurrent.ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong inFlight = new AtomicLong();

    /** Idempotency-Key to the case id the platform answered with, for every answer that gave one. */
    private final Map<String, Set<String>> caseIdsByKey = new ConcurrentHashMap<>();
    /** Case id to the accepting answer's time. */
    private final Map<String, Instant> accepted = new ConcurrentHashMap<>();
    private final Map<String, String> vignetteByCase = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> abandoned = new ConcurrentLinkedQueue<>();

    ChaosLoad(ChaosPlatform platform) {
        this.platform = platform;
        this.vignettes = Vignettes.ids();
    }

    /** Starts sending {@code rate} cases a second until {@link #stop()}. */
    void start(double rate) {
        running.set(true);
        long periodMicros = Math.round(1_000_000 / rate);
        ticker.scheduleAtFixedRate(this::submitOne, 0, periodMicros, TimeUnit.MICROSECONDS);
    }

    /** Stops offering new cases and waits until every case in flight has its final answer. */
    void stop() {
        running.set(false);
        ticker.shutdownNow();
        Instant deadline = Instant.now().plus(GIVE_UP);
        while (inFlight.get() > 0 && Instant.now().isBefore(deadline)) {
            ChaosPlatform.sleep(200);
        }
    }

    private void submitOne() {
        if (!running.get()) {
            return;
        }
        String vignette;
        synchronized (random) {
            vignette = vignettes.get(random.nextInt(vignettes.size()));
        }
        long n = sent.incrementAndGet();
        inFlight.incrementAndGet();
        clients.submit(() -> {
            try {
                submit(vignette, UUID.randomUUID().toString(), n);
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    private void submit(String vignette, String key, long n) {
        List<ChaosPlatform.Replica> intake = platform.replicasOf("intake");
        int target = (int) (n % intake.size());
        Instant deadline = Instant.now().plus(GIVE_UP);
        String body = Vignettes.caseJson(vignette);
        while (Instant.now().isBefore(deadline)) {
            ChaosPlatform.Replica replica = intake.get(target);
            String token;
            try {
                token = platform.token("clinician1");
            } catch (RuntimeException noToken) {
                answers.add(new Answer(Instant.now(), "keycloak", -1, false, false, noToken.getMessage()));
                ChaosPlatform.sleep(1000);
                continue;
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(replica.url() + "/api/cases"))
                    .timeout(Duration.ofSeconds(15))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException unreachable) {
                answers.add(new Answer(Instant.now(), replica.name(), 0, false, false, unreachable.toString()));
                target = (target + 1) % intake.size();
                ChaosPlatform.sleep(200);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            int status = response.statusCode();
            boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            java.util.Optional<String> retryAfter = response.headers().firstValue("Retry-After");
            answers.add(new Answer(Instant.now(), replica.name(), status, retryAfter.isPresent(), problem,
                    status >= 400 ? response.body() : ""));
            if (status == 201 || status == 200) {
                String id = caseId(response.body());
                caseIdsByKey.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(id);
                accepted.putIfAbsent(id, Instant.now());
                vignetteByCase.putIfAbsent(id, vignette);
                return;
            }
            if (status == 503 || status == 429) {
                long wait = retryAfter.map(ChaosLoad::seconds).orElse(1L);
                ChaosPlatform.sleep(Math.min(wait, 10) * 1000);
                continue;
            }
            // Any other answer is final for this request (and a finding of the run).
            abandoned.add(key);
            return;
        }
        abandoned.add(key);
    }

    private static long seconds(String retryAfter) {
        try {
            return Math.max(1, Long.parseLong(retryAfter.trim()));
        } catch (NumberFormatException httpDate) {
            return 1;
        }
    }

    private static String caseId(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            return json.path("id").asText();
        } catch (IOException e) {
            throw new AssertionError("not a case: " + body, e);
        }
    }

    long sent() {
        return sent.get();
    }

    /** Cases the platform accepted (201, or 200 for a replayed key), by id. */
    Map<String, Instant> accepted() {
        return Map.copyOf(accepted);
    }

    String vignetteOf(String caseId) {
        return vignetteByCase.get(caseId);
    }

    Map<String, Set<String>> caseIdsByKey() {
        return Map.copyOf(caseIdsByKey);
    }

    List<Answer> answers() {
        return new ArrayList<>(answers);
    }

    List<String> abandoned() {
        return new ArrayList<>(abandoned);
    }

    @Override
    public void close() {
        running.set(false);
        ticker.shutdownNow();
        clients.shutdownNow();
    }
}
