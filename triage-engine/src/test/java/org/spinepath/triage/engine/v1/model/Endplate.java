package org.spinepath.triage.engine.v1.model;

/** The endplate a Schmorl's node sits in. */
public enum Endplate {
    SUPERIOR,
    INFERIOR
}
