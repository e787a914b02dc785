package org.spinepath.intake.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.spinepath.common.events.CloudEvent;
import org.spinepath.common.events.PoisonMessageException;
import org.spinepath.common.inbox.InboundEvents;
import org.spinepath.common.problem.ProblemException;
import org.spinepath.intake.service.CaseService;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.common.annotation.Blocking;

/** Keeps each case's status and result current as triage results arrive. */
@ApplicationScoped
public class TriageCompletedConsumer {

    static final String CONSUMER = "intake.triage-completed";

    private final InboundEvents inbound;
    private final CaseService cases;

    public TriageCompletedConsumer(InboundEvents inbound, CaseService cases) {
        this.inbound = inbound;
        this.cases = cases;
    }

    @Incoming("triage-completed")
    @Blocking
    public void onTriageCompleted(ConsumerRecord<String, String> record) {
        inbound.consume(CONSUMER, record, this::apply);
    }

    private void apply(CloudEvent event) {
        JsonNode data = event.data();
        UUID caseId;
        try {
            caseId = UUID.fromString(data.path("caseId").asText());
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException("triage.completed " + event.id() + " has no valid caseId", e);
        }
        JsonNode result = data.path("result");
        if (!result.isObject()) {
            throw new PoisonMessageException("triage.completed " + event.id() + " has no result");
        }
        try {
            cases.recordTriage(caseId, result);
        } catch (ProblemException e) {
            throw new PoisonMessageException("triage.completed " + event.id() + " names unknown case " + caseId, e);
        }
    }
}
