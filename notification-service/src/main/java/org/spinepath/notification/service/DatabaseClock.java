package org.spinepath.notification.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The time every replica agrees on: the database's. Leases, the escalation clock and the times
 * recorded on a referral are compared with rows other replicas wrote, so they are never read from
 * one JVM's clock, which may drift from the others'.
 */
@ApplicationScoped
public class DatabaseClock {

    private final EntityManager em;

    public DatabaseClock(EntityManager em) {
        this.em = em;
    }

    /** The database's {@code now()}: the start of the caller's transaction. */
    @Transactional(TxType.MANDATORY)
    public Instant now() {
        Object value = em.createNativeQuery("select now()").getSingleResult();
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case ZonedDateTime zoned -> zoned.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("now() returned a " + value.getClass().getName());
        };
    }
}
