package org.spinepath.notification.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.spinepath.common.outbox.Outbox;
import org.spinepath.notification.channel.Dispatch;
import org.spinepath.notification.config.NotificationConfig;
import org.spinepath.notification.domain.Channel;
import org.spinepath.notification.domain.Contact;
import org.spinepath.notification.domain.Delivery;
import org.spinepath.notification.domain.DeliveryStatus;
import org.spinepath.notification.domain.Referral;
import org.spinepath.notification.domain.ReferralChange;
import org.spinepath.notification.domain.ReferralStatus;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The database side of sending: claiming due deliveries and recording what happened to them,
 * each in its own short transaction so that no transaction spans a network call.
 *
 * <p>A delivery is claimed on its own, just before it is sent, by counting the attempt and pushing
 * its next attempt a lease into the future (by the database's clock, which every replica shares).
 * If the outcome is never recorded (the service died, or the database was unreachable), it comes
 * due again when the lease ends and is sent again with the same idempotency key. Outcomes are
 * fenced by the attempt: a failure reported by an attempt whose lease has passed to a newer one is
 * ignored, so it can neither count against the newer attempt nor dead-letter a message that the
 * newer attempt is delivering. A success is recorded from any attempt while the delivery is
 * pending: the receiver has the message, whichever attempt brought it.
 *
 * <p>Lock order, everywhere a referral and its deliveries change together: the referral first,
 * then the delivery, as acknowledging does, so that the snapshot of the referral in a recorded
 * event is never older than a change committed before it.
 */
@ApplicationScoped
public class DeliveryLedger {

    private static final Logger LOG = Logger.getLogger(DeliveryLedger.class);

    static final String CLAIM_SQL = "select * from referral_delivery where status = 'PENDING' and channel = :channel "
            + "and next_attempt_at <= now() order by next_attempt_at limit 1 for update skip locked";
    static final String PENDING_OF_CHANNEL_SQL = "select id, referral_id from referral_delivery where status = 'PENDING' "
            + "and channel = :channel order by next_attempt_at limit :limit";

    private final EntityManager em;
    private final Roster roster;
    private final ReferralEvents events;
    private final Outbox outbox;
    private final NotificationConfig config;
    private final MeterRegistry metrics;
    private final DatabaseClock clock;

    public DeliveryLedger(EntityManager em, Roster roster, ReferralEvents events, Outbox outbox,
            NotificationConfig config, MeterRegistry metrics, DatabaseClock clock) {
        this.em = em;
        this.roster = roster;
        this.events = events;
        this.outbox = outbox;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Claims the most overdue delivery of one channel for one attempt. An escalation message of a
     * referral acknowledged since it was queued is cancelled instead (it would page the next
     * contact with "nobody has acknowledged"), and the next due delivery is claimed.
     *
     * @return the delivery to send now, or empty when none is due
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<Dispatch> claimNext(Channel channel) {
        Instant now = clock.now();
        while (true) {
            List<Delivery> due = em.createNativeQuery(CLAIM_SQL, Delivery.class)
                    .setParameter("channel", channel.name())
                    .getResultList();
            if (due.isEmpty()) {
                return Optional.empty();
            }
            Delivery delivery = due.get(0);
            Referral referral = Referral.findById(delivery.referralId);
            if (cancelledAsAcknowledged(delivery, referral, now)) {
                // Written now: this transaction holds the row's lock, so SKIP LOCKED would not skip it.
                em.flush();
                continue;
            }
            delivery.attempts++;
            delivery.nextAttemptAt = now.plus(config.delivery().lease());
            delivery.updatedAt = now;
            return Optional.of(new Dispatch(delivery.id, delivery.channel, delivery.recipient,
                    delivery.idempotencyKey, delivery.escalationLevel, delivery.attempts,
                    new Dispatch.Referral(referral.id, referral.caseId, referral.level, referral.urgency,
                            referral.flags, referral.recommendedAction, referral.caseLink, referral.rulesetVersion,
                            referral.triagedAt, referral.createdAt),
                    contactsOf(delivery, roster.contactsAt(referral.routeNames(), delivery.escalationLevel)),
                    roster.teamsAt(referral.routeNames(), referral.level, referral.flags, delivery.escalationLevel)));
        }
    }

    /**
     * Cancels a pending escalation message (level above 0) of an acknowledged referral. Called
     * with the delivery locked.
     *
     * @return whether it was cancelled
     */
    static boolean cancelledAsAcknowledged(Delivery delivery, Referral referral, Instant now) {
        if (referral.status != ReferralStatus.ACKNOWLEDGED || delivery.escalationLevel == 0
                || delivery.status != DeliveryStatus.PENDING) {
            return false;
        }
        delivery.status = DeliveryStatus.CANCELLED;
        delivery.nextAttemptAt = null;
        delivery.lastError = "not sent: the referral was acknowledged by " + referral.acknowledgedBy + " at "
                + referral.acknowledgedAt;
        delivery.updatedAt = now;
        LOG.infof("%s escalation message %s of referral %s cancelled: the referral was acknowledged by %s",
                delivery.channel, delivery.id, referral.id, referral.acknowledgedBy);
        return true;
    }

    /**
     * The people a delivery is for. An email goes to the address queued with it, named as the
     * roster names it now; the other channels carry the level's contacts from the roster.
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
                        .orElse(new Contact(delivery.recipientName == null ? email : delivery.recipientName, email)));
            }
        }
        return List.copyOf(contacts);
    }

    /**
     * The channel accepted the delivery. A delivery recorded before (a re-send after a crash) stays
     * as it was. The referral is locked before it is read, so the event says the referral's state
     * after any acknowledgement committed before it.
     */
    @Transactional
    public void delivered(Dispatch dispatch) {
        Referral referral = em.find(Referral.class, dispatch.referral().id(), LockModeType.PESSIMISTIC_WRITE);
        Delivery delivery = em.find(Delivery.class, dispatch.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
        if (referral == null || delivery == null || delivery.status != DeliveryStatus.PENDING) {
            return;
        }
        Instant now = clock.now();
        delivery.status = DeliveryStatus.DELIVERED;
        delivery.deliveredAt = now;
        delivery.nextAttemptAt = null;
        delivery.lastError = null;
        delivery.updatedAt = now;
        events.record(referral, ReferralChange.DELIVERED, delivery.channel, List.of(delivery.recipient), null,
                "attempt " + dispatch.attempt() + ", key " + delivery.idempotencyKey, now);
        metrics.counter("spinepath.referral.deliveries", "channel", delivery.channel.name(), "outcome", "delivered")
                .increment();
    }

    /**
     * The channel refused the delivery or could not be reached. It is retried after a backoff
     * unless the failure is permanent or the attempts are used up; then it is dead-lettered and
     * an alert is raised, and the referral stays open. A failure of an attempt that is no longer
     * the delivery's latest (its lease ran out and another attempt took over) changes nothing.
     */
    @Transactional
    public void failed(Dispatch dispatch, String error, boolean permanent) {
        Referral referral = em.find(Referral.class, dispatch.referral().id(), LockModeType.PESSIMISTIC_WRITE);
        Delivery delivery = em.find(Delivery.class, dispatch.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
        if (referral == null || delivery == null || delivery.status != DeliveryStatus.PENDING) {
            return;
        }
        if (delivery.attempts != dispatch.attempt()) {
            LOG.warnf("%s delivery %s: the failure of attempt %d is ignored, attempt %d has taken over: %s",
                    delivery.channel, delivery.id, dispatch.attempt(), delivery.attempts, error);
            return;
        }
        Instant now = clock.now();
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
        deadLetter(referral, delivery, error,
                (permanent ? "refused" : "gave up after " + delivery.attempts + " attempts") + ": " + error, now);
    }

    /**
     * Fails the pending deliveries of a channel that is switched off: nothing would ever send them,
     * and switching the channel on again must not flood its receiver with a backlog. Each goes to
     * the delivery dead-letter topic with an alert, so an operator can redrive it once the channel
     * is back.
     *
     * @return how many were failed
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public int failDisabled(Channel channel, int limit) {
        List<Object[]> pending = em.createNativeQuery(PENDING_OF_CHANNEL_SQL, Object[].class)
                .setParameter("channel", channel.name())
                .setParameter("limit", limit)
                .getResultList();
        int failed = 0;
        for (Object[] row : pending) {
            Referral referral = em.find(Referral.class, row[1], LockModeType.PESSIMISTIC_WRITE);
            Delivery delivery = em.find(Delivery.class, row[0], LockModeType.PESSIMISTIC_WRITE);
            if (delivery == null || delivery.status != DeliveryStatus.PENDING) {
                continue;
            }
            Instant now = clock.now();
            if (cancelledAsAcknowledged(delivery, referral, now)) {
                continue;
            }
            String error = "the " + channel + " channel is disabled";
            delivery.lastError = error;
            delivery.updatedAt = now;
            deadLetter(referral, delivery, error, error, now);
            failed++;
        }
        return failed;
    }

    private void deadLetter(Referral referral, Delivery delivery, String error, String detail, Instant now) {
        delivery.status = DeliveryStatus.FAILED;
        delivery.nextAttemptAt = null;
        outbox.publish(DeliveryDeadLetter.TOPIC, referral.caseId.toString(), new DeliveryDeadLetter(delivery.id,
                referral.id, referral.caseId, referral.level, delivery.channel, delivery.escalationLevel,
                delivery.recipient, delivery.idempotencyKey, delivery.attempts, error, now));
        events.record(referral, ReferralChange.DELIVERY_FAILED, delivery.channel, List.of(delivery.recipient), null,
                detail, now);
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
