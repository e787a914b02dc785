package org.spinepath.notification.domain;

/**
 * PENDING until a channel confirms it (DELIVERED) or it has failed too often (FAILED, sent to the
 * delivery dead-letter topic). CANCELLED: an escalation message not yet sent when the referral
 * was acknowledged.
 */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED,
    CANCELLED
}
