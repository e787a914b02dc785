package org.spinepath.triage.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of the {@code referral.requested} event (docs/events/referral.requested.schema.json). It
 * carries only what the on-call specialist needs to act and no other patient data: the case
 * reference, urgency, the flags with the findings that raised them, the recommended action and
 * a link to the case; and, so that the referral is shown only to whom the case belongs, the
 * submitting clinician and their care teams.
 */
public record ReferralRequested(
        UUID caseId,
        String level,
        String urgency,
        List<FlagFindings> flags,
        String recommendedAction,
        String caseLink,
        String rulesetVersion,
        Instant triagedAt,
        String submittedBy,
        List<String> careTeams) {

    public record FlagFindings(String flag, List<String> findings) {
    }
}
