package org.spinepath.triage.engine.v1.model;

/** presentation.onset. */
public enum Onset {
    ACUTE,
    SUBACUTE,
    GRADUAL
}
