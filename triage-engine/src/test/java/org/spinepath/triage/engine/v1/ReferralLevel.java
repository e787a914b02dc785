package org.spinepath.triage.engine.v1;

public enum ReferralLevel {
    /** To the on-call spinal surgeon, the same hour. */
    IMMEDIATE,
    /** To the specialist service for the flag, within 24 hours. */
    WITHOUT_DELAY
}
