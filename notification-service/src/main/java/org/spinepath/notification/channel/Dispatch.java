package org.spinepath.notification.channel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.spinepath.notification.domain.Channel;
import org.spinepath.notification.domain.Contact;
import org.spinepath.notification.domain.FlagFindings;
import org.spinepath.notification.domain.ReferralLevel;
import org.spinepath.notification.domain.Team;

/**
 * Everything a channel needs to send one delivery, read in the transaction that claimed it so
 * the send itself holds no database connection.
 *
 * @param contacts who this delivery is addressed to: the one recipient of an email; every contact of
 *                 the escalation level for the FHIR server and the webhook
 * @param teams    the routes the referral reached, with their flags and their contacts at this level
 * @param attempt  1 for the first try; the same delivery keeps its idempotency key on every attempt
 */
public record Dispatch(
        UUID deliveryId,
        Channel channel,
        String recipient,
        String idempotencyKey,
        int escalationLevel,
        int attempt,
        Referral referral,
        List<Contact> contacts,
        List<Team> teams) {

    /** The referral as the messages show it: the case reference and the clinical reason, no more. */
    public record Referral(
            UUID id,
            UUID caseId,
            ReferralLevel level,
            String urgency,
            List<FlagFindings> flags,
            String recommendedAction,
            String caseLink,
            String rulesetVersion,
            Instant triagedAt,
            Instant createdAt) {
    }
}
