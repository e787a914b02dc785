package org.spinepath.triage.engine.model;

/** The four disc herniation types, mildest first. */
public enum HerniationType {
    BULGING,
    PROTRUSION,
    EXTRUSION,
    SEQUESTRATION
}
