package org.spinepath.triage.engine.rules;

import java.util.ArrayList;
import java.util.List;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.RaisedFlag;
import org.spinepath.triage.engine.Referral;
import org.spinepath.triage.engine.ReferralLevel;

/**
 * pathways.md section 8: only the flags that section routes set {@code referral.required}; FRACTURE (even
 * at EMERGENCY after major trauma), INFLAMMATORY, ELEVATED_ESR and AGE_RISK never do. A result has at most one
 * referral: IMMEDIATE when any routed emergency flag is raised (CAUDA_EQUINA, CORD_COMPRESSION,
 * PROGRESSIVE_NEURO_DEFICIT, DISC_SEQUESTRATION, SPINAL_METASTATIC_COMPRESSION, VASCULAR_EMERGENCY),
 * otherwise WITHOUT_DELAY (MALIGNANCY, INFECTION); it lists the routed flags of its level.
 */
public final class ReferralDecision {

    private ReferralDecision() {
    }

    public static Referral decide(List<RaisedFlag> flags) {
        ReferralLevel level = null;
        for (RaisedFlag raised : flags) {
            ReferralLevel flagLevel = raised.flag().referralLevel();
            if (flagLevel != null && (level == null || flagLevel.ordinal() < level.ordinal())) {
                level = flagLevel;
            }
        }
        if (level == null) {
            return Referral.NONE;
        }
        List<Flag> behind = new ArrayList<>(2);
        for (RaisedFlag raised : flags) {
            if (raised.flag().referralLevel() == level) {
                behind.add(raised.flag());
            }
        }
        return new Referral(true, level, behind);
    }
}
