package org.spinepath.triage.engine.model;

/** presentation.onset. */
public enum Onset {
    ACUTE,
    SUBACUTE,
    GRADUAL
}
