package org.spinepath.common.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.spinepath.common.config.PlatformConfig;
import org.spinepath.common.events.CloudEvent;
import org.spinepath.common.tracing.TraceContext;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes outbox rows to Kafka in commit order per key, and stamps each once Kafka has
 * acknowledged it.
 *
 * <ul>
 * <li>One active relay per service: the replica that holds a PostgreSQL advisory lock on a
 * connection of its own relays; the others wait and take over when its session ends.</li>
 * <li>Commit order: a row is eligible only once every transaction that could still commit an
 * earlier row has ended (its transaction id is below the snapshot's xmin), so an id assigned
 * before a slower transaction committed can never overtake it.</li>
 * <li>No transaction is held open while Kafka is awaited: rows are read in a short transaction,
 * sent pipelined (rows of one key one after another, keys in parallel), and what Kafka
 * acknowledged is stamped in a second short transaction.</li>
 * <li>A row that cannot be sent blocks only later rows of its own key. After
 * {@code max-attempts} failures it is parked with an alert; later rows of that key stay behind
 * it, every other key flows.</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** Advisory-lock key of the relay: the same in every service (each has its own database). */
    static final long RELAY_LOCK = 0x5350_4F55_5442_4F58L;

    static final String ELIGIBLE_SQL = """
            select o.* from outbox_event o
             where o.published_at is null and o.parked_at is null
               and o.tx_id < pg_snapshot_xmin(pg_current_snapshot())
               and not exists (select 1 from outbox_event p
                                where p.message_key = o.message_key and p.parked_at is not null
                                  and p.published_at is null and p.id < o.id)
             order by o.id limit :limit""";

    private final EntityManager em;
    private final DataSource dataSource;
    private final MutinyEmitter<String> emitter;
    private final PlatformConfig config;
    private final OutboxSignal signal;
    private final Tracer tracer;
    private final Counter published;
    private final Counter failures;
    private final Counter parkedRows;
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private final AtomicLong parkedCount = new AtomicLong();

    private volatile boolean running;
    private Thread worker;
    private Connection leaderConnection;
    private long leaderCheckedAt;
    private long gaugesRefreshedAt;
    private boolean gaugesStale = true;

    public OutboxRelay(EntityManager em, DataSource dataSource, @Channel("outbox") MutinyEmitter<String> emitter,
            PlatformConfig config, OutboxSignal signal, MeterRegistry registry, Tracer tracer) {
        this.em = em;
        this.tracer = tracer;
        this.dataSource = dataSource;
        this.emitter = emitter;
        this.config = config;
        this.signal = signal;
        this.published = registry.counter("spinepath.outbox.published");
        this.failures = registry.counter("spinepath.outbox.failures");
        this.parkedRows = registry.counter("spinepath.outbox.parkings");
        registry.gauge("spinepath.outbox.oldest.pending.seconds", oldestPendingSeconds);
        registry.gauge("spinepath.outbox.parked", parkedCount);
    }

    /**
     * Starts the relay once the application has started: the outbox channel only exists once
     * reactive messaging has wired its channels, which it does while the start event is observed by
     * the libraries (before this application-priority observer).
     */
    void onStart(@Observes StartupEvent event) {
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        signal.wake();
        if (worker != null) {
            worker.join(config.outbox().sendTimeout().toMillis());
        }
        releaseLeadership();
    }

    private void run() {
        Duration pause = config.outbox().pollInterval();
        while (running) {
            try {
                signal.await(pause);
                if (running && leader()) {
                    drain();
                }
                pause = config.outbox().pollInterval();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay cycle failed, retrying: %s", e.getMessage());
                releaseLeadership();
                pause = Duration.ofSeconds(2);
            }
        }
    }

    /**
     * Relays until no eligible row is left (or a batch made no progress), then recounts the
     * backlog gauges if {@code gauge-interval} has passed since the last count or a row was parked.
     */
    public void drain() {
        int sent;
        do {
            sent = relayBatch();
        } while (sent == config.outbox().batchSize());
        long now = System.nanoTime();
        if (gaugesStale || now - gaugesRefreshedAt >= config.outbox().gaugeInterval().toNanos()) {
            refreshGauges();
            gaugesRefreshedAt = now;
            gaugesStale = false;
        }
    }

    /** @return how many events were published */
    @SuppressWarnings("unchecked")
    public int relayBatch() {
        List<OutboxEvent> batch = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery(ELIGIBLE_SQL, OutboxEvent.class)
                .setParameter("limit", config.outbox().batchSize())
                .getResultList());
        if (batch.isEmpty()) {
            return 0;
        }
        Map<String, CompletableFuture<Outcome>> lastOfKey = new HashMap<>();
        List<CompletableFuture<Outcome>> outcomes = new ArrayList<>(batch.size());
        for (OutboxEvent row : batch) {
            String key = row.messageKey == null ? "#" + row.id : row.messageKey;
            CompletableFuture<Outcome> before = lastOfKey.getOrDefault(key, CompletableFuture.completedFuture(Outcome.SENT));
            CompletableFuture<Outcome> outcome = before.thenCompose(previous -> previous == Outcome.SENT
                    ? send(row)
                    : CompletableFuture.completedFuture(Outcome.WAITING));
            lastOfKey.put(key, outcome);
            outcomes.add(outcome);
        }
        try {
            CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new))
                    .get(config.outbox().sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.warnf("outbox batch not fully acknowledged within %s", config.outbox().sendTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Long> sentIds = new ArrayList<>();
        Map<Long, String> failed = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            CompletableFuture<Outcome> outcome = outcomes.get(i);
            OutboxEvent row = batch.get(i);
            if (!outcome.isDone()) {
                failed.put(row.id, "not acknowledged within " + config.outbox().sendTimeout());
            } else if (outcome.join() == Outcome.SENT) {
                sentIds.add(row.id);
            } else if (outcome.join() instanceof Outcome.Failed f) {
                failed.put(row.id, f.error());
            }
        }
        record(sentIds, failed);
        published.increment(sentIds.size());
        return sentIds.size();
    }

    private CompletableFuture<Outcome> send(OutboxEvent row) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CloudEvent.CONTENT_TYPE.getBytes(UTF_8));
        headers.add("ce_id", row.eventId.getBytes(UTF_8));
        // The span starts when the row was written, so a trace shows how long the event waited in
        // the outbox as well as Kafka's acknowledgement.
        Span span = row.traceparent == null ? Span.getInvalid()
                : tracer.spanBuilder(row.topic + " publish").setParent(TraceContext.of(row.traceparent))
                        .setSpanKind(SpanKind.PRODUCER)
                        .setStartTimestamp(row.createdAt)
                        .setAttribute("messaging.system", "kafka")
                        .setAttribute("messaging.destination.name", row.topic)
                        .setAttribute("messaging.message.id", row.eventId)
                        .startSpan();
        String traceparent = span.getSpanContext().isValid()
                ? TraceContext.traceparent(Context.root().with(span)) : row.traceparent;
        if (traceparent != null) {
            headers.add(TraceContext.HEADER, traceparent.getBytes(UTF_8));
        }
        Message<String> message = Message.of(row.payload).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic)
                .withKey(row.messageKey)
                .withHeaders(headers)
                .build());
        try {
            return emitter.sendMessage(message).subscribeAsCompletionStage()
                    .handle((ok, error) -> {
                        if (error != null) {
                            span.setStatus(StatusCode.ERROR, rootMessage(error));
                        }
                        span.end();
                        return error == null ? Outcome.SENT : new Outcome.Failed(rootMessage(error));
                    });
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, rootMessage(e));
            span.end();
            return CompletableFuture.completedFuture(new Outcome.Failed(rootMessage(e)));
        }
    }

    private void record(List<Long> sentIds, Map<Long, String> failed) {
        if (sentIds.isEmpty() && failed.isEmpty()) {
            return;
        }
        int maxAttempts = config.outbox().maxAttempts();
        List<Long> parked = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            if (!sentIds.isEmpty()) {
                em.createNativeQuery("update outbox_event set published_at = now(), attempts = attempts + 1 "
                        + "where id = any(:ids)").setParameter("ids", sentIds.toArray(Long[]::new)).executeUpdate();
            }
            failed.forEach((id, error) -> {
                Object parkedAt = em.createNativeQuery("update outbox_event set attempts = attempts + 1, "
                        + "last_error = :error, parked_at = case when attempts + 1 >= :max then now() end "
                        + "where id = :id returning parked_at")
                        .setParameter("error", error).setParameter("max", maxAttempts).setParameter("id", id)
                        .getSingleResult();
                if (parkedAt != null) {
                    parked.add(id);
                }
            });
        });
        failures.increment(failed.size());
        failed.forEach((id, error) -> LOG.warnf("outbox event %d not published yet, will retry: %s", id, error));
        if (!parked.isEmpty()) {
            gaugesStale = true;
        }
        for (Long id : parked) {
            parkedRows.increment();
            LOG.errorf("outbox event %d parked after %d attempts: later events of its key wait until an operator "
                    + "republishes or discards it", id, maxAttempts);
        }
    }

    private void refreshGauges() {
        QuarkusTransaction.requiringNew().run(() -> {
            Object oldest = em.createNativeQuery("select created_at from outbox_event where published_at is null "
                    + "order by id limit 1").getResultStream().findFirst().orElse(null);
            oldestPendingSeconds.set(oldest == null ? 0
                    : Math.max(0, Duration.between(toInstant(oldest), Instant.now()).toSeconds()));
            parkedCount.set(((Number) em.createNativeQuery("select count(*) from outbox_event "
                    + "where parked_at is not null and published_at is null").getSingleResult()).longValue());
        });
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return Instant.now();
    }

    /** True while this instance holds the relay's advisory lock; takes it when it is free. */
    private boolean leader() {
        long now = System.nanoTime();
        try {
            if (leaderConnection != null) {
                if (now - leaderCheckedAt < TimeUnit.SECONDS.toNanos(1)) {
                    return true;
                }
                if (leaderConnection.isValid(2)) {
                    leaderCheckedAt = now;
                    return true;
                }
                releaseLeadership();
            }
            Connection connection = dataSource.getConnection();
            try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                lock.setLong(1, RELAY_LOCK);
                try (ResultSet rs = lock.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        leaderConnection = connection;
                        leaderCheckedAt = now;
                        LOG.info("this instance is the active outbox relay");
                        return true;
                    }
                }
            }
            connection.close();
            return false;
        } catch (SQLException e) {
            releaseLeadership();
            throw new IllegalStateException("cannot take the outbox relay lock: " + e.getMessage(), e);
        }
    }

    private void releaseLeadership() {
        Connection connection = leaderConnection;
        leaderConnection = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debugf("closing the relay lock connection: %s", e.getMessage());
            }
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
        Instant ledgerCutoff = Instant.now().minus(config.outbox().ledgerRetention());
        int forgotten = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("delete from processed_event where processed_at < :cutoff")
                .setParameter("cutoff", ledgerCutoff).executeUpdate());
        if (forgotten > 0) {
            LOG.infof("purged %d processed-event ledger rows older than %s", forgotten, ledgerCutoff);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** What became of one row's send. */
    sealed interface Outcome {
        Outcome SENT = new Sent();
        Outcome WAITING = new Waiting();

        record Sent() implements Outcome {
        }

        /** Not attempted: an earlier row of the same key was not sent. */
        record Waiting() implements Outcome {
        }

        record Failed(String error) implements Outcome {
        }
    }
}
