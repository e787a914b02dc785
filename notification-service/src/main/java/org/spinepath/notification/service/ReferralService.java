package org.spinepath.notification.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;
import org.spinepath.common.inbox.ProcessedEvents;
import org.spinepath.common.problem.ProblemException;
import org.spinepath.notification.config.NotificationConfig;
import org.spinepath.notification.domain.Delivery;
import org.spinepath.notification.domain.DeliveryStatus;
import org.spinepath.notification.domain.HistoryEntry;
import org.spinepath.notification.domain.Referral;
import org.spinepath.notification.domain.ReferralChange;
import org.spinepath.notification.domain.ReferralStatus;
import org.spinepath.notification.messaging.ReferralRequested;

/**
 * The life of a referral: opened once per case and level from referral.requested, acknowledged
 * by someone on call. Every change is recorded in the referral's history and published on
 * referral.events in the same transaction.
 */
@ApplicationScoped
public class ReferralService {

    private static final Logger LOG = Logger.getLogger(ReferralService.class);
    static final String CONSUMER = "notification.referral-requested";
    /** Open referrals first (most urgent, then oldest), then the recently acknowledged ones (latest first). */
    static final String LIST_SQL = "select * from referral where (status = 'OPEN' and :open) "
            + "or (status = 'ACKNOWLEDGED' and :recent and acknowledged_at >= now() - make_interval(secs => :window)) "
            + "order by case when status = 'OPEN' then 0 else 1 end, "
            + "case when status = 'OPEN' then level end, case when status = 'OPEN' then created_at end, "
            + "acknowledged_at desc, id limit :limit offset :offset";

    private final ProcessedEvents processed;
    private final Roster roster;
    private final DeliveryQueue queue;
    private final ReferralEvents events;
    private final NotificationConfig config;
    private final DatabaseClock clock;
    private final EntityManager em;

    public ReferralService(ProcessedEvents processed, Roster roster, DeliveryQueue queue, ReferralEvents events,
            NotificationConfig config, DatabaseClock clock, EntityManager em) {
        this.clock = clock;
        this.em = em;
        this.processed = processed;
        this.roster = roster;
        this.queue = queue;
        this.events = events;
        this.config = config;
    }

    /**
     * Opens the referral an event asks for and queues its first messages, unless this event or
     * another one for the same case and level was handled before.
     *
     * @return the new referral, or empty for a duplicate
     */
    @Transactional
    public Optional<Referral> request(String eventId, ReferralRequested requested) {
        if (!processed.firstDelivery(CONSUMER, eventId)) {
            LOG.debugf("referral.requested %s was handled before", eventId);
            return Optional.empty();
        }
        Optional<Referral> existing = Referral.findByCaseAndLevel(requested.caseId(), requested.level());
        if (existing.isPresent()) {
            LOG.infof("case %s already has a %s referral (%s); event %s adds nothing", requested.caseId(),
                    requested.level(), existing.get().id, eventId);
            return Optional.empty();
        }
        Instant now = clock.now();
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.caseId = requested.caseId();
        referral.level = requested.level();
        referral.urgency = requested.urgency();
        referral.flags = List.copyOf(requested.flags());
        referral.recommendedAction = requested.recommendedAction();
        referral.caseLink = requested.caseLink();
        referral.rulesetVersion = requested.rulesetVersion();
        referral.triagedAt = requested.triagedAt();
        referral.routes = String.join(",", roster.routesFor(requested.level(), requested.flags()));
        referral.status = ReferralStatus.OPEN;
        referral.escalationLevel = 0;
        referral.nextEscalationAt = now.plus(config.escalation().after(referral.level));
        referral.sourceEventId = eventId;
        referral.createdAt = now;
        referral.updatedAt = now;
        referral.persist();
        // Reach the unique (case, level) constraint now rather than at commit, inside this method.
        Referral.flush();
        List<String> told = queue.queue(referral, 0, now);
        events.record(referral, ReferralChange.REQUESTED, null, told, null, "routes " + referral.routes, now);
        LOG.infof("referral %s opened for case %s (%s, routes %s)", referral.id, referral.caseId, referral.level,
                referral.routes);
        return Optional.of(referral);
    }

    /**
     * Records who took the referral and stops its escalation. Acknowledging an acknowledged
     * referral changes nothing and answers with its state.
     */
    @Transactional
    public ReferralView acknowledge(UUID id, String actor) {
        Referral referral = Referral.<Referral>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Referral", id));
        if (referral.status == ReferralStatus.ACKNOWLEDGED) {
            return ReferralView.summary(referral);
        }
        Instant now = clock.now();
        referral.status = ReferralStatus.ACKNOWLEDGED;
        referral.acknowledgedAt = now;
        referral.acknowledgedBy = actor;
        referral.nextEscalationAt = null;
        referral.updatedAt = now;
        long cancelled = Delivery.update("status = ?1, nextAttemptAt = null, updatedAt = ?2 "
                + "where referralId = ?3 and status = ?4 and escalationLevel > 0",
                DeliveryStatus.CANCELLED, now, id, DeliveryStatus.PENDING);
        events.record(referral, ReferralChange.ACKNOWLEDGED, null, List.of(), actor,
                cancelled > 0 ? cancelled + " unsent escalation messages cancelled" : null, now);
        LOG.infof("referral %s (case %s) acknowledged by %s", id, referral.caseId, actor);
        return ReferralView.summary(referral);
    }

    /**
     * One page of the on-call list: open referrals (most urgent and oldest first), then those
     * acknowledged within the recent window (latest first).
     */
    @Transactional(TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<ReferralView> openAndRecent(Optional<ReferralStatus> status, int page, int size) {
        List<Referral> referrals = em.createNativeQuery(LIST_SQL, Referral.class)
                .setParameter("open", status.map(s -> s == ReferralStatus.OPEN).orElse(true))
                .setParameter("recent", status.map(s -> s == ReferralStatus.ACKNOWLEDGED).orElse(true))
                .setParameter("window", (double) config.recentWindow().toSeconds())
                .setParameter("limit", size)
                .setParameter("offset", (long) page * size)
                .getResultList();
        return referrals.stream().map(ReferralView::summary).toList();
    }

    @Transactional(TxType.SUPPORTS)
    public ReferralView get(UUID id) {
        Referral referral = Referral.<Referral>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Referral", id));
        return ReferralView.detail(referral, Delivery.ofReferral(id), HistoryEntry.ofReferral(id));
    }

    /**
     * Puts a dead-lettered delivery back in the queue, with a fresh set of attempts. An escalation
     * message of a referral acknowledged since is cancelled instead: sending it would page the next
     * contact about a referral someone has already taken.
     */
    @Transactional
    public ReferralView retryDelivery(UUID referralId, UUID deliveryId, String actor) {
        Referral referral = Referral.<Referral>findByIdOptional(referralId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Referral", referralId));
        Delivery delivery = Delivery.<Delivery>findByIdOptional(deliveryId, LockModeType.PESSIMISTIC_WRITE)
                .filter(d -> d.referralId.equals(referralId))
                .orElseThrow(() -> ProblemException.notFound("Delivery", deliveryId));
        if (delivery.status != DeliveryStatus.FAILED) {
            throw ProblemException.conflict("delivery-not-failed",
                    "delivery " + deliveryId + " is " + delivery.status + "; only a FAILED delivery can be retried");
        }
        Instant now = clock.now();
        delivery.status = DeliveryStatus.PENDING;
        if (DeliveryLedger.cancelledAsAcknowledged(delivery, referral, now)) {
            LOG.infof("delivery %s of referral %s not put back in the queue by %s: the referral is acknowledged",
                    deliveryId, referralId, actor);
            return get(referralId);
        }
        delivery.attempts = 0;
        delivery.nextAttemptAt = now;
        delivery.updatedAt = now;
        events.record(referral, ReferralChange.DELIVERY_REQUEUED, delivery.channel, List.of(delivery.recipient), actor,
                "after " + delivery.lastError, now);
        LOG.infof("delivery %s of referral %s put back in the queue by %s", deliveryId, referralId, actor);
        return get(referralId);
    }
}
