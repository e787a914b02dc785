package org.spinepath.triage.engine.v1.model;

/** Recorded sex. pathways.md names no values; no rule of the engine depends on it. */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
}
