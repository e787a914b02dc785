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
    DENIED;

    public boolean granted() {
        return this != DENIED;
    }
}
