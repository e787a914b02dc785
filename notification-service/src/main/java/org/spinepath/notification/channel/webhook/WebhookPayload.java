package org.spinepath.notification.channel.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.spinepath.notification.domain.Contact;
import org.spinepath.notification.domain.FlagFindings;
import org.spinepath.notification.domain.ReferralLevel;
import org.spinepath.notification.domain.Team;

/**
 * The body of a webhook call (docs/events/referral.webhook.schema.json): a referral to act on,
 * who on the roster it was sent to at this escalation level, and the teams (routes) behind them.
 */
public record WebhookPayload(
        String type,
        String idempotencyKey,
        UUID referralId,
        UUID caseId,
        ReferralLevel level,
        String urgency,
        List<FlagFindings> flags,
        String recommendedAction,
        String caseLink,
        int escalationLevel,
        List<Contact> contacts,
        List<Team> teams,
        URI acknowledgeUrl,
        Instant raisedAt) {

    public static final String TYPE = "org.spinepath.referral.notification";
}
