package org.spinepath.intake.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.spinepath.triage.engine.model.Case;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Data of the {@code case.submitted} event (docs/events/case.submitted.schema.json). */
public record CaseSubmitted(UUID caseId, String submittedBy, Instant submittedAt, List<String> careTeams,
        @JsonProperty("case") Case patientCase) {
}
