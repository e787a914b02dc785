package org.spinepath.triage.engine.v1.model;

/** neurology.motorWeakness. */
public enum MotorWeakness {
    NONE,
    STABLE,
    PROGRESSIVE
}
