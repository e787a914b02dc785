package org.spinepath.notification.domain;

/** The referral levels of pathways.md section 3, most urgent first. */
public enum ReferralLevel {
    /** EMERGENCY: refer to a specialist immediately (the same hour). */
    IMMEDIATE,
    /** URGENT: refer to a specialist without delay (within 24 hours). */
    WITHOUT_DELAY
}
