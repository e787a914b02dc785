package org.spinepath.common.audit;

import java.util.UUID;

import org.spinepath.common.access.Caller;
import org.spinepath.common.access.Grant;

/**
 * One auditable act on patient data: who did what to which record, why, and how it ended.
 *
 * @param resourceType {@code Case}, {@code TriageResult} or {@code Referral} (or the request path of
 *                     a refused call that named no record)
 * @param resourceId   the record's id; null for a search
 * @param caseId       the patient case the record belongs to, so the trail of one case is one query
 * @param grant        why access was granted (or {@link Grant#DENIED}); null for the service's own acts
 * @param reason       the break-glass reason, when the glass was broken; for a refused login, why the
 *                     token was refused
 * @param query        the search parameters of a search, without patient data
 */
public record AuditEntry(Caller caller, AuditAction action, String resourceType, String resourceId, UUID caseId,
        AuditOutcome outcome, Grant grant, String reason, String query) {

    public static AuditEntry of(Caller caller, AuditAction action, String resourceType, Object resourceId,
            UUID caseId, Grant grant, String reason) {
        return new AuditEntry(caller, action, resourceType, resourceId == null ? null : resourceId.toString(), caseId,
                grant == Grant.DENIED ? AuditOutcome.REFUSED : AuditOutcome.SUCCESS, grant, reason, null);
    }

    public static AuditEntry search(Caller caller, String resourceType, String query) {
        return new AuditEntry(caller, AuditAction.SEARCH, resourceType, null, null, AuditOutcome.SUCCESS, null, null,
                query);
    }

    /** The resource type of the audit trail itself, for an auditor's reads of it. */
    public static final String AUDIT_TRAIL = "AuditEvent";

    public boolean brokeGlass() {
        return grant == Grant.BREAK_GLASS;
    }

    /**
     * The purpose of use (HL7 v3 ActReason): {@code BTG} for break-glass, {@code HOPERAT}
     * (healthcare operations) for an auditor reading the trail, {@code TREAT} for every other act
     * on patient data; none for a login, which is not an act on a record.
     */
    public String purposeOfUse() {
        if (brokeGlass()) {
            return "BTG";
        }
        if (action == AuditAction.LOGIN) {
            return null;
        }
        return AUDIT_TRAIL.equals(resourceType) ? "HOPERAT" : "TREAT";
    }
}
