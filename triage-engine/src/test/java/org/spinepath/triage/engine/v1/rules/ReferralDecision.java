package org.spinepath.triage.engine.v1.rules;

import java.util.ArrayList;
import java.util.List;
import org.spinepath.triage.engine.v1.Flag;
import org.spinepath.triage.engine.v1.RaisedFlag;
import org.spinepath.triage.engine.v1.Referral;
import org.spinepath.triage.engine.v1.ReferralLevel;

/**
 * pathways.md section 8: a referral is required when a flag is referred by notification. IMMEDIATE for
 * CAUDA_EQUINA, CORD_COMPRESSION, PROGRESSIVE_NEURO_DEFICIT and DISC_SEQUESTRATION; otherwise
 * WITHOUT_DELAY for MALIGNANCY and INFECTION. The referral lists the flags behind its level.
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
