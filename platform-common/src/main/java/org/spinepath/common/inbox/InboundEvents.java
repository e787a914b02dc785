package org.spinepath.common.inbox;

import java.time.Duration;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.spinepath.common.config.PlatformConfig;
import org.spinepath.common.events.CloudEvent;
import org.spinepath.common.events.CloudEventCodec;
import org.spinepath.common.events.PoisonMessageException;
import org.spinepath.common.tracing.TraceContext;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

/**
 * How every consumer of the platform applies an event: once per consumer (the {@link ProcessedEvents}
 * ledger), in a transaction of its own, and never lost to a passing failure.
 *
 * <p>Only a {@link PoisonMessageException} (a record that can never be processed) goes to the
 * dead-letter topic. Every other failure (the database failing over, a lock timeout, Kafka or a
 * remote service briefly gone) is retried with exponential backoff until it succeeds. While it is
 * retried the channel does not move on: consumers are {@code @Blocking} and ordered, so later
 * records of the partition wait instead of overtaking it.
 *
 * <p>When the service stops during a retry, the record is neither acknowledged nor dead-lettered:
 * the consumers' failure strategy is {@code fail}, so its offset is not committed and the next
 * instance receives it again.
 */
@ApplicationScoped
public class InboundEvents {

    private static final Logger LOG = Logger.getLogger(InboundEvents.class);

    private final CloudEventCodec codec;
    private final ProcessedEvents processed;
    private final DeadLetters deadLetters;
    private final PlatformConfig config;
    private final MeterRegistry registry;
    private final Tracer tracer;
    private final Object pause = new Object();
    private volatile boolean stopping;

    public InboundEvents(CloudEventCodec codec, ProcessedEvents processed, DeadLetters deadLetters,
            PlatformConfig config, MeterRegistry registry, Tracer tracer) {
        this.tracer = tracer;
        this.codec = codec;
        this.processed = processed;
        this.deadLetters = deadLetters;
        this.config = config;
        this.registry = registry;
    }

    /**
     * Applies the record's event with {@code apply}, unless {@code consumer} has applied it before.
     * Returns once the event is applied, skipped as a duplicate, or dead-lettered as poison.
     */
    public void consume(String consumer, ConsumerRecord<String, String> record, Consumer<CloudEvent> apply) {
        // The producer's trace continues here: events this consumer writes to its outbox carry it on.
        Span span = tracer.spanBuilder(record.topic() + " process").setParent(TraceContext.of(record.headers()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", consumer)
                .startSpan();
        try (Scope scope = span.makeCurrent()) {
            retrying(consumer, record, () -> attemptOnce(consumer, record, apply));
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, rootMessage(e));
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * Runs {@code work} in a transaction of its own until it succeeds or throws a
     * {@link PoisonMessageException}, for a consumer that reads records other than CloudEvents
     * (a dead-letter topic, say) and keeps no ledger.
     */
    public void process(String consumer, ConsumerRecord<String, String> record, Runnable work) {
        retrying(consumer, record, () -> QuarkusTransaction.requiringNew().run(work));
    }

    private void retrying(String consumer, ConsumerRecord<String, String> record, Runnable attemptOnce) {
        Duration backoff = config.inbox().initialBackoff();
        for (int attempt = 1;; attempt++) {
            try {
                attemptOnce.run();
                if (attempt > 1) {
                    LOG.infof("%s: record %s-%d@%d applied after %d attempts", consumer, record.topic(),
                            record.partition(), record.offset(), attempt);
                }
                return;
            } catch (RuntimeException e) {
                PoisonMessageException poison = poisonCause(e);
                if (poison != null && sentToDeadLetters(consumer, record, poison)) {
                    return;
                }
                if (stopping) {
                    throw new ConsumerStoppingException(consumer + ": stopping while retrying "
                            + record.topic() + "-" + record.partition() + "@" + record.offset(), e);
                }
                registry.counter("spinepath.events.retries", "consumer", consumer).increment();
                LOG.warnf("%s: record %s-%d@%d failed (attempt %d), retrying in %s: %s", consumer, record.topic(),
                        record.partition(), record.offset(), attempt, backoff, rootMessage(e));
                pause(backoff);
                backoff = min(backoff.multipliedBy(2), config.inbox().maxBackoff());
            }
        }
    }

    private void attemptOnce(String consumer, ConsumerRecord<String, String> record, Consumer<CloudEvent> apply) {
        CloudEvent event = codec.read(record.value());
        QuarkusTransaction.requiringNew().run(() -> {
            if (!processed.firstDelivery(consumer, event.id())) {
                LOG.debugf("%s: event %s already applied", consumer, event.id());
                return;
            }
            apply.accept(event);
        });
    }

    private boolean sentToDeadLetters(String consumer, ConsumerRecord<String, String> record,
            PoisonMessageException poison) {
        try {
            deadLetters.send(consumer, record, poison);
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("%s: poison record %s-%d@%d could not be dead-lettered yet: %s", consumer, record.topic(),
                    record.partition(), record.offset(), rootMessage(e));
            return false;
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        synchronized (pause) {
            pause.notifyAll();
        }
    }

    private void pause(Duration duration) {
        long until = System.nanoTime() + duration.toNanos();
        synchronized (pause) {
            long left;
            while (!stopping && (left = until - System.nanoTime()) > 0) {
                try {
                    pause.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ConsumerStoppingException("interrupted while waiting to retry", e);
                }
            }
        }
    }

    static PoisonMessageException poisonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PoisonMessageException poison) {
                return poison;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Ends a retry when the service stops; the record stays uncommitted and is delivered again. */
    public static class ConsumerStoppingException extends RuntimeException {
        ConsumerStoppingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
