package org.spinepath.common.access;

import java.util.Collections;
import java.util.Set;

/**
 * The one rule for patient data, the same in every service (docs/security.md, "The access rule"):
 *
 * <ol>
 * <li>a clinician sees the cases they submitted, and those of their care teams;</li>
 * <li>on-call staff see the referrals sent to their routes, and the case and result behind each
 * (the services holding the case learn its routes from {@code referral.events}: {@link OncallRoutes});</li>
 * <li>anyone else holding {@code clinician}, {@code oncall} or {@code admin} may break the glass by
 * giving a reason; everyone else, and anyone without a reason, is refused as if the record did not
 * exist.</li>
 * <li>an administrator without a reason gets {@link Grant#OPERATIONAL}: where a service has an
 * operational view of a record (a referral's deliveries and escalation) it shows that, and nothing
 * clinical; where it has none, it is a refusal.</li>
 * </ol>
 * Auditors and content staff never see clinical content.
 */
public final class AccessRule {

    public static final String CLINICIAN = "clinician";
    public static final String ONCALL = "oncall";
    public static final String ADMIN = "admin";
    public static final String AUDITOR = "auditor";

    /** Longest break-glass reason kept; a longer one is refused rather than cut. */
    public static final int MAX_REASON_LENGTH = 500;

    private static final Set<String> MAY_BREAK_GLASS = Set.of(CLINICIAN, ONCALL, ADMIN);

    private AccessRule() {
    }

    public static Grant decide(Caller caller, Custody custody, String breakGlassReason) {
        if (caller.user() == null) {
            return Grant.DENIED;
        }
        if (caller.hasRole(CLINICIAN)) {
            if (custody.owner() != null && custody.owner().equals(caller.user())) {
                return Grant.OWNER;
            }
            if (!Collections.disjoint(custody.teams(), caller.teams())) {
                return Grant.CARE_TEAM;
            }
        }
        if (caller.hasRole(ONCALL) && !Collections.disjoint(custody.routes(), caller.oncallRoutes())) {
            return Grant.ON_CALL_ROUTE;
        }
        if (breakGlassReason != null && !breakGlassReason.isBlank()
                && caller.roles().stream().anyMatch(MAY_BREAK_GLASS::contains)) {
            return Grant.BREAK_GLASS;
        }
        return caller.hasRole(ADMIN) ? Grant.OPERATIONAL : Grant.DENIED;
    }
}
