package org.spinepath.triage.engine.model;

/** treatmentHistory.conservativeResponse and treatmentHistory.interventionalResponse. */
public enum TherapyResponse {
    NONE,
    PARTIAL,
    RESOLVED
}
