package org.spinepath.notification.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.spinepath.common.outbox.Outbox;
import org.spinepath.notification.channel.Dispatch;
import org.spinepath.notification.config.NotificationConfig;
import org.spinepath.notification.domain.Channel;
import org.spinepath.notification.domain.Delivery;
import org.spinepath.notification.domain.DeliveryStatus;
import org.spinepath.notification.domain.Referral;
import org.spinepath.notification.domain.ReferralChange;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The database side of sending: claiming due deliveries and recording what happened to them,
 * each in its own short transaction so that no transaction spans a network call. A delivery is
 * claimed by pushing its next attempt a lease into the future; if the outcome is never recorded
 * (the service died, or the database was unreachable), it comes due again when the lease ends and
 * is sent again with the same idempotency key.
 */
@ApplicationScoped
public class DeliveryLedger {

    private static final Logger LOG = Logger.getLogger(DeliveryLedger.class);

    static final String CLAIM_SQL = "select * from referral_delivery where status = 'PENDING' and channel = :channel "
            + "and next_attempt_at <= :now order by next_attempt_at limit :limit for update skip locked";

    private final EntityManager em;
    private final Roster roster;
    private final ReferralEvents events;
    private final Outbox outbox;
    private final NotificationConfig config;
    private final MeterRegistry metrics;

    public DeliveryLedger(EntityManager em, Roster roster, ReferralEvents events, Outbox outbox,
            NotificationConfig config, MeterRegistry metrics) {
        this.em = em;
        this.roster = roster;
        this.events = events;
        this.outbox = outbox;
        this.config = config;
        this.metrics = metrics;
    }

    /** Claims up to {@code limit} due deliveries of one channel for one attempt each. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Dispatch> claimDue(Channel channel, int limit) {
        Instant now = Instant.now();
        List<Delivery> due = em.createNativeQuery(CLAIM_SQL, Delivery.class)
                .setParameter("channel", channel.name())
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        List<Dispatch> claimed = new ArrayList<>(due.size());
        for (Delivery delivery : due) {
            delivery.attempts++;
            delivery.nextAttemptAt = now.plus(config.delivery().lease());
            delivery.updatedAt = now;
            Referral referral = Referral.findById(delivery.referralId);
            claimed.add(new Dispatch(delivery.id, delivery.channel, delivery.recipient,
                    delivery.idempotencyKey, delivery.escalationLevel, delivery.attempts,
                    new Dispatch.Referral(referral.id, referral.caseId, referral.level, referral.urgency,
                            referral.flags, referral.recommendedAction, referral.caseLink, referral.rulesetVersion,
                            referral.triagedAt, referral.createdAt),
                    contactsOf(delivery, roster.contactsAt(referral.routeNames(), delivery.escalationLevel))));
        }
        return claimed;
    }

    /**
     * The people a delivery is for. An email goes to the addresses queued with it, named as the
     * roster names them now; the other channels carry the level's contacts from the roster.
     */
    static List<Contact> contactsOf(Delivery delivery, List<Contact> roster) {
        if (delivery.channel != Channel.EMAIL) {
            return roster;
        }
        List<Contact> contacts = new ArrayList<>();
        for (String address : delivery.recipient.split(",")) {
            String email = address.strip();
            if (!email.isEmpty()) {
                contacts.add(roster.stream().filter(c -> c.email().equalsIgnoreCase(email)).findFirst()
                        .orElse(new Contact(email, email)));
            }
        }
        return List.copyOf(contacts);
    }

    /** The channel accepted the delivery. A delivery recorded before (a re-send after a crash) stays as it was. */
    @Transactional
    public void delivered(Dispatch dispatch) {
        Delivery delivery = em.find(Delivery.class, dispatch.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || delivery.status == DeliveryStatus.DELIVERED) {
            return;
        }
        Instant now = Instant.now();
        delivery.status = DeliveryStatus.DELIVERED;
        delivery.deliveredAt = now;
        delivery.nextAttemptAt = null;
        delivery.lastError = null;
        delivery.updatedAt = now;
        Referral referral = Referral.findById(delivery.referralId);
        events.record(referral, ReferralChange.DELIVERED, delivery.channel, List.of(delivery.recipient), null,
                "attempt " + delivery.attempts + ", key " + delivery.idempotencyKey, now);
        metrics.counter("spinepath.referral.deliveries", "channel", delivery.channel.name(), "outcome", "delivered")
                .increment();
    }

    /**
     * The channel refused the delivery or could not be reached. It is retried after a backoff
     * unless the failure is permanent or the attempts are used up; then it is dead-lettered and
     * an alert is raised, and the referral stays open.
     */
    @Transactional
    public void failed(Dispatch dispatch, String error, boolean permanent) {
        Delivery delivery = em.find(Delivery.class, dispatch.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || delivery.status != DeliveryStatus.PENDING) {
            return;
        }
        Instant now = Instant.now();
        NotificationConfig.Retry retry = retryOf(delivery.channel);
        delivery.lastError = error;
        delivery.updatedAt = now;
        if (!permanent && delivery.attempts < retry.maxAttempts()) {
            Duration wait = backoff(retry, delivery.attempts);
            delivery.nextAttemptAt = now.plus(wait);
            metrics.counter("spinepath.referral.deliveries", "channel", delivery.channel.name(), "outcome", "retry")
                    .increment();
            LOG.warnf("%s delivery %s of referral %s failed (attempt %d of %d), retrying in %s: %s",
                    delivery.channel, delivery.id, delivery.referralId, delivery.attempts, retry.maxAttempts(), wait,
                    error);
            return;
        }
        delivery.status = DeliveryStatus.FAILED;
        delivery.nextAttemptAt = null;
        Referral referral = Referral.findById(delivery.referralId);
        outbox.publish(DeliveryDeadLetter.TOPIC, referral.caseId.toString(), new DeliveryDeadLetter(delivery.id,
                referral.id, referral.caseId, referral.level, delivery.channel, delivery.escalationLevel,
                delivery.recipient, delivery.idempotencyKey, delivery.attempts, error, now));
        events.record(referral, ReferralChange.DELIVERY_FAILED, delivery.channel, List.of(delivery.recipient), null,
                (permanent ? "refused" : "gave up after " + delivery.attempts + " attempts") + ": " + error, now);
        metrics.counter("spinepath.referral.deliveries", "channel", delivery.channel.name(), "outcome", "failed")
                .increment();
        metrics.counter("spinepath.referral.alerts", "channel", delivery.channel.name()).increment();
        LOG.errorf("ALERT referral %s (%s): %s delivery %s to %s failed for good and went to %s; "
                + "the referral stays open and keeps escalating. Last error: %s", referral.id,
                referral.level, delivery.channel, delivery.id, delivery.recipient, DeliveryDeadLetter.TOPIC, error);
    }

    private NotificationConfig.Retry retryOf(Channel channel) {
        return switch (channel) {
            case EMAIL -> config.channels().email().retry();
            case FHIR -> config.channels().fhir().retry();
            case WEBHOOK -> config.channels().webhook().retry();
        };
    }

    /** The initial backoff, doubled after each further failure, capped. */
    static Duration backoff(NotificationConfig.Retry retry, int failures) {
        Duration wait = retry.initialBackoff();
        for (int i = 1; i < failures && wait.compareTo(retry.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(retry.maxBackoff()) > 0 ? retry.maxBackoff() : wait;
    }
}
