package org.spinepath.triage.service;

import java.time.Instant;
import java.util.UUID;

import org.spinepath.triage.engine.TriageResult;

/** Data of the {@code triage.completed} event (docs/events/triage.completed.schema.json). */
public record TriageCompleted(UUID caseId, Instant evaluatedAt, TriageResult result) {
}
