package org.spinepath.triage.engine.v1.model;

/** neurology.sensoryDeficit. */
public enum SensoryDeficit {
    NONE,
    UNILATERAL,
    BILATERAL
}
