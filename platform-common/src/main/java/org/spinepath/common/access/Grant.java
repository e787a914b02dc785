package org.spinepath.common.access;

/** Why a caller may, or may not, see a record of patient data. */
public enum Grant {
    /** The clinician who submitted the case. */
    OWNER,
    /** A clinician of a care team the case belongs to. */
    CARE_TEAM,
    /** On-call staff of a route the referral was sent to. */
    ON_CALL_ROUTE,
    /** Anyone else with a clinical or administrative role who gave a reason: granted, audited, alerted. */
    BREAK_GLASS,
    /**
     * An administrator without a reason: the operational state of a record (delivery, escalation,
     * outbox) where a service has such a view, never its clinical content.
     */
    OPERATIONAL,
    DENIED;

    /** Whether the clinical content of the record may be shown. */
    public boolean granted() {
        return this != DENIED && this != OPERATIONAL;
    }
}
