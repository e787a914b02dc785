package org.spinepath.triage.engine;

public enum ReferralLevel {
    /** To the emergency routes of its flags (pathways.md section 8), the same hour. */
    IMMEDIATE,
    /** To the specialist service for the flag, within 24 hours. */
    WITHOUT_DELAY
}
