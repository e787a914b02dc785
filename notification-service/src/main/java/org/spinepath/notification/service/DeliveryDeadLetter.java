package org.spinepath.notification.service;

import java.time.Instant;
import java.util.UUID;

import org.spinepath.notification.domain.Channel;
import org.spinepath.notification.domain.ReferralLevel;

/**
 * Data of a {@code referral.delivery.dlq} event (docs/events/referral.delivery.dlq.schema.json):
 * a referral message that failed too often. The referral itself stays open and keeps escalating.
 */
public record DeliveryDeadLetter(
        UUID deliveryId,
        UUID referralId,
        UUID caseId,
        ReferralLevel level,
        Channel channel,
        int escalationLevel,
        String recipient,
        String idempotencyKey,
        int attempts,
        String lastError,
        Instant failedAt) {

    public static final String TOPIC = "referral.delivery.dlq";
}
