package org.spinepath.notification.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.spinepath.notification.domain.Channel;
import org.spinepath.notification.domain.ReferralChange;
import org.spinepath.notification.domain.ReferralLevel;
import org.spinepath.notification.domain.ReferralStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Data of a {@code referral.events} event (docs/events/referral.events.schema.json): one state
 * change of a referral. Carries no patient data beyond the case reference. {@code routes} names the
 * roster routes the referral was sent to: the services holding the case grant on-call staff of
 * those routes read access to it, and the portal pushes the change only to them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralEvent(
        UUID referralId,
        UUID caseId,
        ReferralLevel level,
        String urgency,
        ReferralChange change,
        ReferralStatus status,
        int escalationLevel,
        Channel channel,
        List<String> routes,
        List<String> recipients,
        String acknowledgedBy,
        String detail,
        Instant occurredAt) {
}
