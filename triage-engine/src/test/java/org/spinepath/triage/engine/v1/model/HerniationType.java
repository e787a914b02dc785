package org.spinepath.triage.engine.v1.model;

/** The four disc herniation types, mildest first. */
public enum HerniationType {
    BULGING,
    PROTRUSION,
    EXTRUSION,
    SEQUESTRATION
}
