package org.spinepath.common.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.spinepath.common.config.PlatformConfig;
import org.spinepath.common.events.CloudEvent;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes outbox rows to Kafka, oldest first, and stamps each once Kafka has acknowledged it.
 * Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several replicas can run the relay
 * without publishing the same row concurrently. A failed send stops the batch (later events of
 * the same subject must not overtake it) and is retried on the next tick.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    static final String CLAIM_SQL = "select * from outbox_event where published_at is null order by id limit :limit "
            + "for update skip locked";

    private final EntityManager em;
    private final MutinyEmitter<String> emitter;
    private final PlatformConfig config;
    private final Counter published;
    private final Counter failures;

    public OutboxRelay(EntityManager em, @Channel("outbox") MutinyEmitter<String> emitter, PlatformConfig config,
            MeterRegistry registry) {
        this.em = em;
        this.emitter = emitter;
        this.config = config;
        this.published = registry.counter("spinepath.outbox.published");
        this.failures = registry.counter("spinepath.outbox.failures");
    }

    @Scheduled(identity = "outbox-relay", every = "${spinepath.platform.outbox.poll-interval:0.2s}",
            delayed = "${spinepath.platform.outbox.initial-delay:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = UntilStarted.class)
    void tick() {
        int sent;
        do {
            sent = relayBatch();
        } while (sent == config.outbox().batchSize());
    }

    /** @return how many events were published */
    @SuppressWarnings("unchecked")
    public int relayBatch() {
        OutboxEvent[] failed = new OutboxEvent[1];
        RuntimeException[] error = new RuntimeException[1];
        int sent = QuarkusTransaction.requiringNew().call(() -> {
            List<OutboxEvent> batch = em.createNativeQuery(CLAIM_SQL, OutboxEvent.class)
                    .setParameter("limit", config.outbox().batchSize())
                    .getResultList();
            int count = 0;
            for (OutboxEvent row : batch) {
                try {
                    send(row);
                } catch (RuntimeException e) {
                    failed[0] = row;
                    error[0] = e;
                    break;
                }
                row.publishedAt = Instant.now();
                row.attempts++;
                count++;
            }
            return count;
        });
        published.increment(sent);
        if (failed[0] != null) {
            recordFailure(failed[0].id, error[0]);
        }
        return sent;
    }

    private void send(OutboxEvent row) {
        Message<String> message = Message.of(row.payload).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic)
                .withKey(row.messageKey)
                .withHeaders(new RecordHeaders()
                        .add("content-type", CloudEvent.CONTENT_TYPE.getBytes(UTF_8))
                        .add("ce_id", row.eventId.getBytes(UTF_8)))
                .build());
        emitter.sendMessage(message).await().atMost(config.outbox().sendTimeout());
    }

    private void recordFailure(Long id, RuntimeException e) {
        failures.increment();
        LOG.warnf("outbox event %d not published yet, will retry: %s", id, e.getMessage());
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxEvent row = em.find(OutboxEvent.class, id);
            if (row != null) {
                row.attempts++;
                row.lastError = String.valueOf(e.getMessage());
            }
        });
    }

    /**
     * Holds the relay back until the application has started: the outbox channel only exists once
     * reactive messaging has wired its channels, which it does while the start event is observed
     * by the libraries (before this application-priority observer).
     */
    @ApplicationScoped
    public static class UntilStarted implements Scheduled.SkipPredicate {

        private volatile boolean started;

        void onStart(@Observes StartupEvent event) {
            started = true;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !started;
        }
    }

    @Scheduled(identity = "outbox-purge", every = "1h", delayed = "1m")
    void purgePublished() {
        Instant cutoff = Instant.now().minus(config.outbox().retention());
        long purged = QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.delete("publishedAt is not null and publishedAt < ?1", cutoff));
        if (purged > 0) {
            LOG.infof("purged %d published outbox events older than %s", purged, cutoff);
        }
    }
}
