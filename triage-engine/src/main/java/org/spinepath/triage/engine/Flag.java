package org.spinepath.triage.engine;

/**
 * The red flags of pathways.md section 4 (in the order of section 3), with the urgency each one imposes and
 * the referral level it notifies (null: raises urgency but is not referred by notification). FRACTURE is
 * the one flag whose urgency depends on the case (EMERGENCY after major trauma); {@link #urgency()} is its
 * usual one.
 */
public enum Flag {
    CAUDA_EQUINA(Urgency.EMERGENCY, ReferralLevel.IMMEDIATE),
    CORD_COMPRESSION(Urgency.EMERGENCY, ReferralLevel.IMMEDIATE),
    PROGRESSIVE_NEURO_DEFICIT(Urgency.EMERGENCY, ReferralLevel.IMMEDIATE),
    DISC_SEQUESTRATION(Urgency.EMERGENCY, ReferralLevel.IMMEDIATE),
    SPINAL_METASTATIC_COMPRESSION(Urgency.EMERGENCY, ReferralLevel.IMMEDIATE),
    VASCULAR_EMERGENCY(Urgency.EMERGENCY, ReferralLevel.IMMEDIATE),
    MALIGNANCY(Urgency.URGENT, ReferralLevel.WITHOUT_DELAY),
    INFECTION(Urgency.URGENT, ReferralLevel.WITHOUT_DELAY),
    FRACTURE(Urgency.SOON, null),
    INFLAMMATORY(Urgency.SOON, null),
    AGE_RISK(Urgency.ROUTINE, null),
    ELEVATED_ESR(Urgency.ROUTINE, null);

    private final Urgency urgency;
    private final ReferralLevel referralLevel;

    Flag(Urgency urgency, ReferralLevel referralLevel) {
        this.urgency = urgency;
        this.referralLevel = referralLevel;
    }

    /** The flag's urgency; FRACTURE is EMERGENCY instead after major trauma. */
    public Urgency urgency() {
        return urgency;
    }

    /** The level this flag is referred at, or null when it does not trigger a referral. */
    public ReferralLevel referralLevel() {
        return referralLevel;
    }
}
