package org.spinepath.triage.engine.v1;

/** The pathways of pathways.md section 6. */
public enum Pathway {
    EMERGENCY_REFERRAL,
    SERIOUS_PATHOLOGY_REFERRAL,
    DISC_HERNIATION,
    SCHMORL_INCIDENTAL,
    SCHMORL_SYMPTOMATIC,
    INFLAMMATORY_BACK_PAIN,
    MECHANICAL_BACK_PAIN,
    SOFT_TISSUE_PAIN
}
