package org.spinepath.intake.domain;

public enum CaseStatus {
    /** Stored and announced on case.submitted; no triage result yet. */
    SUBMITTED,
    /** The triage result has arrived on triage.completed. */
    TRIAGED
}
