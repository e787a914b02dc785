package org.spinepath.triage.engine.model;

/** The endplate a Schmorl's node sits in. */
public enum Endplate {
    SUPERIOR,
    INFERIOR
}
