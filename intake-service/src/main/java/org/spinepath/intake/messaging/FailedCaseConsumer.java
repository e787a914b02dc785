package org.spinepath.intake.messaging;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.spinepath.common.inbox.InboundEvents;
import org.spinepath.intake.service.CaseService;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;

/**
 * Watches {@code case.submitted.dlq}: a case whose event triage could never process will not be
 * triaged, so intake marks it FAILED (the clinician sees it instead of waiting for a result) and
 * raises an alert ({@code spinepath.intake.cases.failed}, and an error in the log).
 *
 * <p>The dead-letter record is read as loosely as possible: the record key is the case id, as on
 * every topic of the platform. A record without a usable key names no case; it is only counted.
 */
@ApplicationScoped
public class FailedCaseConsumer {

    private static final Logger LOG = Logger.getLogger(FailedCaseConsumer.class);

    static final String CONSUMER = "intake.case-submitted-dlq";

    private final InboundEvents inbound;
    private final CaseService cases;
    private final Counter failed;

    public FailedCaseConsumer(InboundEvents inbound, CaseService cases, MeterRegistry registry) {
        this.inbound = inbound;
        this.cases = cases;
        this.failed = registry.counter("spinepath.intake.cases.failed");
    }

    @Incoming("case-submitted-dlq")
    @Blocking
    public void onDeadLetter(ConsumerRecord<String, String> record) {
        inbound.process(CONSUMER, record, () -> markFailed(record));
    }

    private void markFailed(ConsumerRecord<String, String> record) {
        String reason = header(record, "dead-letter-reason");
        UUID caseId;
        try {
            caseId = UUID.fromString(String.valueOf(record.key()));
        } catch (IllegalArgumentException e) {
            failed.increment();
            LOG.errorf("ALERT a case.submitted record without a case id was dead-lettered (offset %d): %s",
                    record.offset(), reason);
            return;
        }
        if (cases.markFailed(caseId, reason == null ? "the case could not be triaged" : reason)) {
            failed.increment();
            LOG.errorf("ALERT case %s will not be triaged: its case.submitted event was dead-lettered (%s)", caseId,
                    reason);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
