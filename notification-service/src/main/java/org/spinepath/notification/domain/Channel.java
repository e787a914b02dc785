package org.spinepath.notification.domain;

/** The ways a referral reaches people and systems. */
public enum Channel {
    EMAIL,
    FHIR,
    WEBHOOK
}
