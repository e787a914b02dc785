package org.spinepath.intake.domain;

public enum CaseStatus {
    /** Stored and announced on case.submitted; no triage result yet. */
    SUBMITTED,
    /** The triage result has arrived on triage.completed. */
    TRIAGED,
    /**
     * Its case.submitted event could never be processed and went to the dead-letter topic: it will
     * not be triaged. An alert is raised; the clinician sees the status and must act on the case.
     */
    FAILED
}
