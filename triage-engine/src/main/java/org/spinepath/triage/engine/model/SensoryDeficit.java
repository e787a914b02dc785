package org.spinepath.triage.engine.model;

/** neurology.sensoryDeficit. */
public enum SensoryDeficit {
    NONE,
    UNILATERAL,
    BILATERAL
}
