package org.spinepath.notification.domain;

import java.time.Duration;

import org.spinepath.notification.config.NotificationConfig;

/** The referral levels of pathways.md section 3, most urgent first. */
public enum ReferralLevel {
    /** EMERGENCY: refer to a specialist immediately (the same hour). */
    IMMEDIATE,
    /** URGENT: refer to a specialist without delay (within 24 hours). */
    WITHOUT_DELAY;

    public Duration escalateAfter(NotificationConfig.Escalation escalation) {
        return this == IMMEDIATE ? escalation.immediate() : escalation.withoutDelay();
    }
}
