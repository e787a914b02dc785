package org.spinepath.triage.engine.v1.model;

/** How pain responds to rest (presentation.painWithRest) or to activity (presentation.painWithActivity). */
public enum PainResponse {
    BETTER,
    WORSE,
    UNCHANGED
}
