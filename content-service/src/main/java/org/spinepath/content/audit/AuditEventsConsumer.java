package org.spinepath.content.audit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.spinepath.common.inbox.InboundEvents;

import io.smallrye.common.annotation.Blocking;

/** Stores every audit record of the platform once, however often Kafka delivers it. */
@ApplicationScoped
public class AuditEventsConsumer {

    static final String CONSUMER = "content.audit-store";

    private final InboundEvents inbound;
    private final AuditStore store;

    public AuditEventsConsumer(InboundEvents inbound, AuditStore store) {
        this.inbound = inbound;
        this.store = store;
    }

    @Incoming("audit-events")
    @Blocking
    public void onAuditEvent(ConsumerRecord<String, String> record) {
        inbound.consume(CONSUMER, record, event -> store.append(event.id(), event.data()));
    }
}
