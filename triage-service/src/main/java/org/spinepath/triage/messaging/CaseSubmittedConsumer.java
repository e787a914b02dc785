package org.spinepath.triage.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.spinepath.common.access.Custody;
import org.spinepath.common.events.CloudEvent;
import org.spinepath.common.events.CloudEventCodec;
import org.spinepath.common.events.PoisonMessageException;
import org.spinepath.common.inbox.InboundEvents;
import org.spinepath.triage.engine.model.Case;
import org.spinepath.triage.service.TriageService;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.smallrye.common.annotation.Blocking;

/** Triages every submitted case exactly once, however often Kafka delivers its event. */
@ApplicationScoped
public class CaseSubmittedConsumer {

    private static final Logger LOG = Logger.getLogger(CaseSubmittedConsumer.class);
    static final String CONSUMER = "triage.case-submitted";

    /** The part of case.submitted this service reads; careTeams is absent from version 1 events. */
    record CaseSubmitted(UUID caseId, String submittedBy, Instant submittedAt, List<String> careTeams,
            @JsonProperty("case") Case patientCase) {
    }

    private final InboundEvents inbound;
    private final CloudEventCodec codec;
    private final TriageService triage;
    private final Validator validator;

    public CaseSubmittedConsumer(InboundEvents inbound, CloudEventCodec codec, TriageService triage,
            Validator validator) {
        this.inbound = inbound;
        this.codec = codec;
        this.triage = triage;
        this.validator = validator;
    }

    @Incoming("case-submitted")
    @Blocking
    public void onCaseSubmitted(ConsumerRecord<String, String> record) {
        inbound.consume(CONSUMER, record, this::triage);
    }

    private void triage(CloudEvent event) {
        CaseSubmitted submitted = codec.data(event, CaseSubmitted.class);
        if (submitted.caseId() == null || submitted.patientCase() == null) {
            throw new PoisonMessageException("case.submitted " + event.id() + " lacks caseId or case");
        }
        var violations = validator.validate(submitted.patientCase());
        if (!violations.isEmpty()) {
            ConstraintViolation<Case> first = violations.iterator().next();
            throw new PoisonMessageException("case.submitted " + event.id() + " carries an invalid case: "
                    + first.getPropertyPath() + " " + first.getMessage());
        }
        triage.triageSubmitted(submitted.caseId(), submitted.patientCase(), event.id(),
                new Custody(submitted.submittedBy(), submitted.careTeams() == null ? Set.of()
                        : Set.copyOf(submitted.careTeams()), Set.of()))
                .ifPresent(r -> LOG.infof("case %s triaged (ruleset %s)", submitted.caseId(), r.rulesetVersion()));
    }
}
