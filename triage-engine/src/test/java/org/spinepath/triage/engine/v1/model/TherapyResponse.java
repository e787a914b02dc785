package org.spinepath.triage.engine.v1.model;

/** treatmentHistory.conservativeResponse and treatmentHistory.interventionalResponse. */
public enum TherapyResponse {
    NONE,
    PARTIAL,
    RESOLVED
}
