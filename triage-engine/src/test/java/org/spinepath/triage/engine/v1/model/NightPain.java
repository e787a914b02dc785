package org.spinepath.triage.engine.v1.model;

/** presentation.nightPain. */
public enum NightPain {
    NONE,
    POSITIONAL,
    MODERATE,
    SEVERE
}
