package org.spinepath.triage.engine.v1;

import java.util.List;

/** Whether the case must be referred by notification, at which level, and the flags behind that level. */
public record Referral(boolean required, ReferralLevel level, List<Flag> flags) {

    public static final Referral NONE = new Referral(false, null, List.of());

    public Referral {
        flags = List.copyOf(flags);
    }
}
