package org.spinepath.notification.domain;

/** The state changes of a referral, each recorded in its history and published on referral.events. */
public enum ReferralChange {
    /** The referral was created from a referral.requested event and its first messages queued. */
    REQUESTED,
    /** One message reached its channel. */
    DELIVERED,
    /** One message failed too often: it went to the delivery dead-letter topic; the referral stays open. */
    DELIVERY_FAILED,
    /** An operator put a failed message back in the queue. */
    DELIVERY_REQUEUED,
    /** Nobody acknowledged in time: the next contacts of the chain were messaged. */
    ESCALATED,
    /** Someone on call took the referral; escalation stopped. */
    ACKNOWLEDGED
}
