package org.spinepath.triage.engine.model;

/** presentation.nightPain. */
public enum NightPain {
    NONE,
    POSITIONAL,
    MODERATE,
    SEVERE
}
