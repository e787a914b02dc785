package org.spinepath.benchmarks.pipeline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Submits cases at a constant offered rate, open loop: the i-th case is due at start + i / rate
 * whether or not earlier ones have been answered, and its latency counts from that due time. A slow
 * server (or a late scheduler on a busy machine) therefore shows up as latency instead of quietly
 * lowering the rate, which is the coordinated omission a closed loop would commit.
 */
final class OpenLoop {

    private final HttpClient http;
    private final URI cases;
    private final Tokens tokens;
    private final CaseMix mix;
    private final ObjectMapper json = new ObjectMapper();
    private final ExecutorService callbacks = Executors.newFixedThreadPool(2);

    OpenLoop(String intakeUrl, Tokens tokens, CaseMix mix) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(callbacks).build();
        this.cases = URI.create(intakeUrl + "/api/cases");
        this.tokens = tokens;
        this.mix = mix;
    }

    List<Sample> run(int rate, Duration duration) throws InterruptedException {
        long count = rate * duration.toSeconds();
        long period = 1_000_000_000L / rate;
        List<Sample> samples = new ArrayList<>((int) count);
        List<CompletableFuture<?>> inFlight = new ArrayList<>((int) count);
        long start = System.nanoTime() + 5_000_000;
        for (long i = 0; i < count; i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            Sample sample = new Sample(Clock.microsAt(due));
            samples.add(sample);
            HttpRequest request = HttpRequest.newBuilder(cases).timeout(Duration.ofSeconds(30))
                    .header("Authorization", tokens.bearer())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(mix.next())).build();
            inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        sample.accepted = Clock.nowMicros();
                        if (error != null) {
                            sample.status = -1;
                            return;
                        }
                        sample.status = response.statusCode();
                        if (response.statusCode() == 201) {
                            try {
                                sample.caseId = json.readTree(response.body()).path("id").asText(null);
                            } catch (Exception e) {
                                sample.status = -2;
                            }
                        }
                    }));
        }
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("some POSTs were not answered within 60 s: " + e);
        }
        return samples;
    }

    void close() {
        callbacks.shutdownNow();
    }
}
