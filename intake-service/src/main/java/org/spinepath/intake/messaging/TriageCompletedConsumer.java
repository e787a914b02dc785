package org.spinepath.intake.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.spinepath.common.events.CloudEvent;
import org.spinepath.common.events.CloudEventCodec;
import org.spinepath.common.events.PoisonMessageException;
import org.spinepath.common.inbox.ProcessedEvents;
import org.spinepath.common.problem.ProblemException;
import org.spinepath.intake.service.CaseService;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.common.annotation.Blocking;

/** Keeps each case's status and result current as triage results arrive. */
@ApplicationScoped
public class TriageCompletedConsumer {

    private static final Logger LOG = Logger.getLogger(TriageCompletedConsumer.class);
    static final String CONSUMER = "intake.triage-completed";

    private final CloudEventCodec codec;
    private final ProcessedEvents processed;
    private final CaseService cases;

    public TriageCompletedConsumer(CloudEventCodec codec, ProcessedEvents processed, CaseService cases) {
        this.codec = codec;
        this.processed = processed;
        this.cases = cases;
    }

    @Incoming("triage-completed")
    @Blocking
    @Transactional
    public void onTriageCompleted(String value) {
        CloudEvent event = codec.read(value);
        if (!processed.firstDelivery(CONSUMER, event.id())) {
            LOG.debugf("triage.completed %s already applied", event.id());
            return;
        }
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
