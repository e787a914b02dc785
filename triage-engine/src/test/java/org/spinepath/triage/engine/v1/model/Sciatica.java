package org.spinepath.triage.engine.v1.model;

/** presentation.sciatica. */
public enum Sciatica {
    NONE,
    UNILATERAL,
    BILATERAL,
    ALTERNATING
}
