package org.spinepath.notification.messaging;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.spinepath.common.inbox.InboundEvents;
import org.jboss.logging.Logger;
import org.spinepath.common.events.CloudEvent;
import org.spinepath.common.events.CloudEventCodec;
import org.spinepath.common.events.PoisonMessageException;
import org.spinepath.common.events.Topics;
import org.spinepath.notification.service.ReferralService;

import io.smallrye.common.annotation.Blocking;

/**
 * Turns each referral.requested event into exactly one referral per case and level. A record
 * that can never be a referral (not a CloudEvent, wrong type, invalid data) goes straight to
 * referral.requested.dlq; anything else (a database failover, two replicas racing on the same
 * case) is retried in a fresh transaction until it succeeds ({@link InboundEvents}): a referral
 * is never given up for a passing failure.
 */
@ApplicationScoped
public class ReferralRequestedConsumer {

    private static final Logger LOG = Logger.getLogger(ReferralRequestedConsumer.class);
    static final String TYPE = Topics.typeOf(Topics.REFERRAL_REQUESTED);

    private static final String CONSUMER = "notification.referral-requested";

    private final InboundEvents inbound;
    private final CloudEventCodec codec;
    private final Validator validator;
    private final ReferralService referrals;

    public ReferralRequestedConsumer(InboundEvents inbound, CloudEventCodec codec, Validator validator,
            ReferralService referrals) {
        this.inbound = inbound;
        this.codec = codec;
        this.validator = validator;
        this.referrals = referrals;
    }

    @Incoming("referral-requested")
    @Blocking
    public void onReferralRequested(ConsumerRecord<String, String> record) {
        // The referral service keeps the ledger itself (in the transaction that creates the referral).
        inbound.process(CONSUMER, record, () -> apply(record.value()));
    }

    private void apply(String value) {
        CloudEvent event = codec.read(value);
        if (!TYPE.equals(event.type())) {
            throw new PoisonMessageException("event " + event.id() + " has type " + event.type() + ", not " + TYPE);
        }
        ReferralRequested requested = codec.data(event, ReferralRequested.class);
        var violations = validator.validate(requested);
        if (!violations.isEmpty()) {
            ConstraintViolation<ReferralRequested> first = violations.iterator().next();
            throw new PoisonMessageException("referral.requested " + event.id() + " is invalid: "
                    + first.getPropertyPath() + " " + first.getMessage());
        }
        if (event.subject() != null && !event.subject().equals(requested.caseId().toString())) {
            LOG.warnf("referral.requested %s has subject %s but caseId %s; the caseId is used", event.id(),
                    event.subject(), requested.caseId());
        }
        referrals.request(event.id(), requested);
    }
}
