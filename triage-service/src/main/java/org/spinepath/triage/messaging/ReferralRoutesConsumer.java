package org.spinepath.triage.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.spinepath.common.access.OncallRoutes;
import org.spinepath.common.inbox.InboundEvents;

import io.smallrye.common.annotation.Blocking;

/**
 * Learns from {@code referral.events} which on-call routes each case was referred to, so that
 * on-call staff of those routes may read it (docs/security.md, the access rule).
 */
@ApplicationScoped
public class ReferralRoutesConsumer {

    static final String CONSUMER = "triage.referral-routes";

    private final InboundEvents inbound;
    private final OncallRoutes routes;

    public ReferralRoutesConsumer(InboundEvents inbound, OncallRoutes routes) {
        this.inbound = inbound;
        this.routes = routes;
    }

    @Incoming("referral-events")
    @Blocking
    public void onReferralEvent(ConsumerRecord<String, String> record) {
        inbound.consume(CONSUMER, record, routes::apply);
    }
}
