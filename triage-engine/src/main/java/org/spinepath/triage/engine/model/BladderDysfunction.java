package org.spinepath.triage.engine.model;

/** neurology.bladderDysfunction. */
public enum BladderDysfunction {
    NONE,
    RETENTION,
    INCONTINENCE
}
