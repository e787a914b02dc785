package org.spinepath.common.outbox;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.spinepath.common.config.PlatformConfig;
import org.spinepath.common.events.CloudEvent;
import org.spinepath.common.events.CloudEventCodec;
import org.spinepath.common.events.Topics;
import org.spinepath.common.tracing.TraceContext;

/**
 * Records an event for publication as part of the caller's transaction. There is deliberately no
 * way to publish outside a transaction: an event either commits with the change it describes or
 * not at all.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_REGISTERED = Outbox.class;

    private final CloudEventCodec codec;
    private final PlatformConfig config;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxSignal signal;

    public Outbox(CloudEventCodec codec, PlatformConfig config, TransactionSynchronizationRegistry transactions,
            OutboxSignal signal) {
        this.codec = codec;
        this.config = config;
        this.transactions = transactions;
        this.signal = signal;
    }

    /**
     * @param topic   one of {@link Topics}
     * @param subject the Kafka key and CloudEvent subject: the case id, or the article slug
     * @param data    the event body, serialised as JSON
     */
    @Transactional(TxType.MANDATORY)
    public CloudEvent publish(String topic, String subject, Object data) {
        CloudEvent event = CloudEvent.create(config.events().source(), Topics.typeOf(topic), subject,
                codec.toTree(data));
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.id();
        row.topic = topic;
        row.messageKey = subject;
        row.eventType = event.type();
        row.payload = codec.write(event);
        row.createdAt = Instant.now();
        row.traceparent = TraceContext.current();
        row.persist();
        wakeRelayOnCommit();
        return event;
    }

    private void wakeRelayOnCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    signal.wake();
                }
            }
        });
    }
}
