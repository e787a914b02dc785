package org.spinepath.notification.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.spinepath.notification.config.NotificationConfig;
import org.spinepath.notification.domain.Referral;
import org.spinepath.notification.domain.ReferralChange;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Escalates open referrals whose time has come. The clock is the {@code next_escalation_at}
 * column, read against the database's time, so it survives restarts and several replicas share
 * it: a due referral is claimed with {@code FOR UPDATE SKIP LOCKED} and escalated by exactly one
 * of them. Each escalation queues the next contacts' messages and sets the clock again, until
 * someone acknowledges.
 */
@ApplicationScoped
public class EscalationClock {

    private static final Logger LOG = Logger.getLogger(EscalationClock.class);
    static final String DUE_SQL = "select * from referral where status = 'OPEN' and next_escalation_at <= now() "
            + "order by next_escalation_at limit :limit for update skip locked";
    private static final int BATCH = 50;

    private final EntityManager em;
    private final DeliveryQueue queue;
    private final ReferralEvents events;
    private final NotificationConfig config;
    private final MeterRegistry metrics;
    private final DatabaseClock clock;

    public EscalationClock(EntityManager em, DeliveryQueue queue, ReferralEvents events, NotificationConfig config,
            MeterRegistry metrics, DatabaseClock clock) {
        this.clock = clock;
        this.em = em;
        this.queue = queue;
        this.events = events;
        this.config = config;
        this.metrics = metrics;
    }

    @Scheduled(identity = "referral-escalation", every = "${spinepath.notification.escalation.poll-interval}",
            delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        int escalated;
        do {
            escalated = escalateDue();
        } while (escalated == BATCH);
    }

    /** @return how many referrals were escalated */
    @Transactional
    @SuppressWarnings("unchecked")
    public int escalateDue() {
        Instant now = clock.now();
        List<Referral> due = em.createNativeQuery(DUE_SQL, Referral.class)
                .setParameter("limit", BATCH)
                .getResultList();
        for (Referral referral : due) {
            referral.escalationLevel++;
            // From now, not from when it was due: after downtime the chain is not run through at once.
            referral.nextEscalationAt = now.plus(config.escalation().after(referral.level));
            referral.updatedAt = now;
            List<String> told = queue.queue(referral, referral.escalationLevel, now);
            events.record(referral, ReferralChange.ESCALATED, null, told, null,
                    "not acknowledged; escalation " + referral.escalationLevel, now);
            metrics.counter("spinepath.referral.escalations", "level", referral.level.name()).increment();
            LOG.warnf("referral %s (%s) not acknowledged: escalation %d to %s", referral.id, referral.level,
                    referral.escalationLevel, told);
        }
        return due.size();
    }
}
