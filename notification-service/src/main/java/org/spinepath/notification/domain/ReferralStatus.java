package org.spinepath.notification.domain;

/** A referral is open until someone on call acknowledges it; it escalates while open. */
public enum ReferralStatus {
    OPEN,
    ACKNOWLEDGED
}
