package org.spinepath.triage.engine.v1;

import java.util.List;

/** The triage result of pathways.md section 3. */
public record TriageResult(
        Urgency urgency,
        List<RaisedFlag> flags,
        Differential differential,
        Pathway pathway,
        Integer line,
        List<Recommendation> recommendations,
        List<Investigation> investigations,
        List<Caution> cautions,
        Referral referral,
        String rulesetVersion,
        String disclaimer) {

    /** True when the flag was raised. */
    public boolean hasFlag(Flag flag) {
        for (RaisedFlag raised : flags) {
            if (raised.flag() == flag) {
                return true;
            }
        }
        return false;
    }
}
