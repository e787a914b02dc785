package org.spinepath.common.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.spinepath.common.events.Topics;
import org.spinepath.common.outbox.Outbox;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Publishes audit records on {@code audit.events} through the outbox, so that an act on patient
 * data and its record commit together or not at all. A read changes nothing, so its record gets
 * a short transaction of its own ({@link #recordAlone}); a read whose record cannot be written
 * fails rather than goes unrecorded. Break-glass also raises an alert on {@code security.alerts}.
 */
@ApplicationScoped
public class AuditTrail {

    private final Outbox outbox;
    private final MeterRegistry metrics;
    private final String observer;

    public AuditTrail(Outbox outbox, MeterRegistry metrics,
            @ConfigProperty(name = "quarkus.application.name") String observer) {
        this.outbox = outbox;
        this.metrics = metrics;
        this.observer = observer;
    }

    /** Within the transaction of the act itself (a create or an update). */
    @Transactional(TxType.MANDATORY)
    public void record(AuditEntry entry) {
        publish(entry);
    }

    /** In a transaction of its own: reads, searches and refusals. */
    @Transactional(TxType.REQUIRES_NEW)
    public void recordAlone(AuditEntry entry) {
        publish(entry);
    }

    private void publish(AuditEntry entry) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        String key = entry.caseId() != null ? entry.caseId().toString()
                : entry.caller().user() != null ? entry.caller().user() : observer;
        outbox.publish(Topics.AUDIT_EVENTS, key, AuditEvents.fhir(entry, id, now, observer));
        if (entry.brokeGlass()) {
            outbox.publish(Topics.SECURITY_ALERTS, key, new BreakGlassAlert(id, entry.resourceType(),
                    entry.resourceId(), entry.caseId(), entry.caller().user(), entry.caller().roles(), entry.reason(),
                    now));
            metrics.counter("spinepath.break.glass", "resource", entry.resourceType()).increment();
        }
        if (entry.outcome() == AuditOutcome.REFUSED) {
            metrics.counter("spinepath.access.refused", "resource", entry.resourceType()).increment();
        }
    }
}
