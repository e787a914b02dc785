package org.spinepath.triage.engine.v1.model;

/** neurology.bladderDysfunction. */
public enum BladderDysfunction {
    NONE,
    RETENTION,
    INCONTINENCE
}
