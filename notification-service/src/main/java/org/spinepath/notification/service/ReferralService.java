package org.spinepath.notification.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.spinepath.common.access.AccessGuard;
import org.spinepath.common.access.AccessRule;
import org.spinepath.common.access.Caller;
import org.spinepath.common.access.Grant;
import org.spinepath.common.audit.AuditAction;
import org.spinepath.common.audit.AuditEntry;
import org.spinepath.common.audit.AuditTrail;
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

    static final String RESOURCE = "Referral";

    private final ProcessedEvents processed;
    private final Roster roster;
    private final DeliveryQueue queue;
    private final ReferralEvents events;
    private final NotificationConfig config;
    private final DatabaseClock clock;
    private final EntityManager em;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final String observer;

    public ReferralService(ProcessedEvents processed, Roster roster, DeliveryQueue queue, ReferralEvents events,
            NotificationConfig config, DatabaseClock clock, EntityManager em, AccessGuard guard, AuditTrail audit,
            @ConfigProperty(name = "quarkus.application.name") String observer) {
        this.clock = clock;
        this.em = em;
        this.processed = processed;
        this.roster = roster;
        this.queue = queue;
        this.events = events;
        this.config = config;
        this.guard = guard;
        this.audit = audit;
        this.observer = observer;
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
            LOG.infof("referral %s already exists; event %s adds nothing", existing.get().id, eventId);
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
        referral.submittedBy = requested.submittedBy();
        referral.careTeams = requested.careTeams() == null || requested.careTeams().isEmpty() ? null
                : String.join(",", requested.careTeams());
        referral.persist();
        // Reach the unique (case, level) constraint now rather than at commit, inside this method.
        Referral.flush();
        List<String> told = queue.queue(referral, 0, now);
        events.record(referral, ReferralChange.REQUESTED, null, told, null, "routes " + referral.routes, now);
        audit.record(AuditEntry.of(Caller.system(observer), AuditAction.CREATE, RESOURCE, referral.id,
                referral.caseId, null, null));
        LOG.infof("referral %s opened (%s, routes %s)", referral.id, referral.level, referral.routes);
        return Optional.of(referral);
    }

    /**
     * Records who took the referral and stops its escalation. Acknowledging an acknowledged
     * referral changes nothing and answers with its state.
     */
    @Transactional
    public ReferralView acknowledge(UUID id, Caller caller) {
        Referral referral = Referral.<Referral>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
        Grant grant = guard.update(referral.custody(), RESOURCE, id, referral.caseId);
        String reason = grant == Grant.BREAK_GLASS ? guard.breakGlassReason() : null;
        audit.record(AuditEntry.of(caller, AuditAction.UPDATE, RESOURCE, id, referral.caseId, grant, reason));
        return acknowledged(referral, caller.user());
    }

    /**
     * Acknowledgement through a signed link: the signature is the credential (it names the
     * recipient it was sent to), so the access rule has already been applied when it was sent.
     */
    @Transactional
    public ReferralView acknowledgeByLink(UUID id, String recipient) {
        Referral referral = Referral.<Referral>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
        audit.record(AuditEntry.of(Caller.linkHolder(recipient, observer), AuditAction.UPDATE, RESOURCE, id,
                referral.caseId, Grant.ON_CALL_ROUTE, null));
        return acknowledged(referral, recipient);
    }

    private ReferralView acknowledged(Referral referral, String actor) {
        UUID id = referral.id;
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
        LOG.infof("referral %s acknowledged by %s", id, actor);
        return ReferralView.summary(referral);
    }

    /**
     * One page of the on-call list: open referrals (most urgent and oldest first), then those
     * acknowledged within the recent window (latest first); for on-call staff those sent to their
     * routes, for an administrator every one without its clinical content. The search is audited.
     * A page is cut before the access rule filters it, so a page can hold fewer than {@code size}.
     */
    @SuppressWarnings("unchecked")
    public List<ReferralView> openAndRecent(Optional<ReferralStatus> status, int page, int size) {
        Caller caller = guard.caller();
        List<Referral> referrals = em.createNativeQuery(LIST_SQL, Referral.class)
                .setParameter("open", status.map(s -> s == ReferralStatus.OPEN).orElse(true))
                .setParameter("recent", status.map(s -> s == ReferralStatus.ACKNOWLEDGED).orElse(true))
                .setParameter("window", (double) config.recentWindow().toSeconds())
                .setParameter("limit", size)
                .setParameter("offset", (long) page * size)
                .getResultList();
        List<ReferralView> visible = new ArrayList<>();
        for (Referral referral : referrals) {
            Grant grant = AccessRule.decide(caller, referral.custody(), null);
            if (grant.granted()) {
                visible.add(ReferralView.summary(referral));
            } else if (grant == Grant.OPERATIONAL) {
                visible.add(ReferralView.summary(referral).operational());
            }
        }
        guard.searched(RESOURCE, status.map(s -> "status=" + s).orElse("") + " page=" + page);
        return visible;
    }

    /** A referral as the access rule lets the caller see it: whole, operational only, or 404. Audited. */
    public ReferralView get(UUID id) {
        Referral referral = Referral.<Referral>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
        Grant grant = guard.read(referral.custody(), RESOURCE, id, referral.caseId, true);
        ReferralView view = ReferralView.detail(referral, Delivery.ofReferral(id), HistoryEntry.ofReferral(id));
        return grant == Grant.OPERATIONAL ? view.operational() : view;
    }

    /** A referral for the signed-link page, which shows only its level, case reference and state. */
    @Transactional(TxType.SUPPORTS)
    public ReferralView forLink(UUID id) {
        return Referral.<Referral>findByIdOptional(id).map(ReferralView::summary)
                .orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
    }

    /**
     * Puts a dead-lettered delivery back in the queue, with a fresh set of attempts. An escalation
     * message of a referral acknowledged since is cancelled instead: sending it would page the next
     * contact about a referral someone has already taken.
     */
    @Transactional
    public ReferralView retryDelivery(UUID referralId, UUID deliveryId, Caller caller) {
        String actor = caller.user();
        Referral referral = Referral.<Referral>findByIdOptional(referralId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound(RESOURCE, referralId));
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
        audit.record(AuditEntry.of(caller, AuditAction.UPDATE, RESOURCE, referralId, referral.caseId,
                Grant.OPERATIONAL, null));
        LOG.infof("delivery %s of referral %s put back in the queue by %s", deliveryId, referralId, actor);
        return get(referralId);
    }
}
