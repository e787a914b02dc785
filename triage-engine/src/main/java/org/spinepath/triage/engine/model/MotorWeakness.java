package org.spinepath.triage.engine.model;

/** neurology.motorWeakness. */
public enum MotorWeakness {
    NONE,
    STABLE,
    PROGRESSIVE
}
