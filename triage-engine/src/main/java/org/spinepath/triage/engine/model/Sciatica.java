package org.spinepath.triage.engine.model;

/** presentation.sciatica. */
public enum Sciatica {
    NONE,
    UNILATERAL,
    BILATERAL,
    ALTERNATING
}
