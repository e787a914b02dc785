package org.spinepath.portal.live;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.spinepath.portal.config.PortalConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * What the portal learns from Kafka for its live pages: triage results and referral changes. Each
 * portal instance reads both topics from the beginning in a consumer group of its own (so every
 * replica sees every event and rebuilds this view after a restart) and keeps, per case, the latest
 * result and the referral's timeline, for the most recent cases only. Events are read tolerantly:
 * unknown fields are ignored, and a record that is not an event is skipped, never fatal.
 */
@ApplicationScoped
public class LiveEvents {

    private static final Logger LOG = Logger.getLogger(LiveEvents.class);

    /**
     * A case changed ({@code kind} = "result" or "referral"); pages re-read what they show. A
     * referral change names the on-call routes the referral was sent to, so that the inbox push
     * reaches only their staff ({@link LiveAudience}).
     */
    public record Signal(String caseId, String kind, Set<String> routes) {
        public Signal {
            routes = routes == null ? Set.of() : Set.copyOf(routes);
        }
    }

    @Inject
    ObjectMapper json;

    @Inject
    PortalConfig config;

    private final BroadcastProcessor<Signal> signals = BroadcastProcessor.create();
    private Map<String, JsonNode> results;
    private Map<String, List<JsonNode>> referrals;

    @jakarta.annotation.PostConstruct
    void init() {
        results = Collections.synchronizedMap(bounded(config.liveCases()));
        referrals = Collections.synchronizedMap(bounded(config.liveCases()));
    }

    @Incoming("triage-completed")
    public void triageCompleted(String record) {
        data(record).ifPresent(data -> {
            String caseId = data.path("caseId").asText("");
            if (!caseId.isEmpty() && data.path("result").isObject()) {
                results.put(caseId, data.path("result"));
                emit(new Signal(caseId, "result", Set.of()));
            }
        });
    }

    @Incoming("referral-events")
    public void referralEvent(String record) {
        data(record).ifPresent(data -> {
            String caseId = data.path("caseId").asText("");
            if (!caseId.isEmpty()) {
                synchronized (referrals) {
                    referrals.computeIfAbsent(caseId, k -> new ArrayList<>()).add(data);
                }
                Set<String> routes = new LinkedHashSet<>();
                data.path("routes").forEach(route -> routes.add(route.asText()));
                emit(new Signal(caseId, "referral", routes));
            }
        });
    }

    /** Two topics are consumed on their own threads; a processor must be fed one item at a time. */
    private synchronized void emit(Signal signal) {
        signals.onNext(signal);
    }

    public Optional<JsonNode> result(String caseId) {
        return Optional.ofNullable(results.get(caseId));
    }

    public List<JsonNode> referralTimeline(String caseId) {
        synchronized (referrals) {
            return List.copyOf(referrals.getOrDefault(caseId, List.of()));
        }
    }

    public Multi<Signal> signals() {
        return signals;
    }

    private Optional<JsonNode> data(String record) {
        try {
            JsonNode envelope = json.readTree(record);
            JsonNode data = envelope.path("data");
            return data.isObject() ? Optional.of(data) : Optional.empty();
        } catch (Exception notAnEvent) {
            LOG.warnf("skipped a record that is not a CloudEvent: %s", notAnEvent.getMessage());
            return Optional.empty();
        }
    }

    private static <V> Map<String, V> bounded(int size) {
        return new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        };
    }
}
