package org.spinepath.notification.messaging;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
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
 * referral.requested.dlq; anything else (a database hiccup, two replicas racing on the same case)
 * is retried in a fresh transaction before the record is given up to the dead-letter topic.
 */
@ApplicationScoped
public class ReferralRequestedConsumer {

    private static final Logger LOG = Logger.getLogger(ReferralRequestedConsumer.class);
    static final String TYPE = Topics.typeOf(Topics.REFERRAL_REQUESTED);

    private final CloudEventCodec codec;
    private final Validator validator;
    private final ReferralService referrals;

    public ReferralRequestedConsumer(CloudEventCodec codec, Validator validator, ReferralService referrals) {
        this.codec = codec;
        this.validator = validator;
        this.referrals = referrals;
    }

    @Incoming("referral-requested")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, delayUnit = ChronoUnit.MILLIS, jitter = 200,
            abortOn = PoisonMessageException.class)
    public void onReferralRequested(String value) {
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
