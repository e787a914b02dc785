package org.spinepath.notification.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.spinepath.notification.domain.Channel;
import org.spinepath.notification.domain.Delivery;
import org.spinepath.notification.domain.DeliveryStatus;
import org.spinepath.notification.domain.FlagFindings;
import org.spinepath.notification.domain.HistoryEntry;
import org.spinepath.notification.domain.Referral;
import org.spinepath.notification.domain.ReferralChange;
import org.spinepath.notification.domain.ReferralLevel;
import org.spinepath.notification.domain.ReferralStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A referral as the on-call list and the API show it; deliveries and history only in the detail view. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralView(
        UUID id,
        UUID caseId,
        ReferralLevel level,
        String urgency,
        List<FlagFindings> flags,
        String recommendedAction,
        String caseLink,
        String rulesetVersion,
        Instant triagedAt,
        List<String> routes,
        ReferralStatus status,
        int escalationLevel,
        Instant nextEscalationAt,
        Instant acknowledgedAt,
        String acknowledgedBy,
        Instant createdAt,
        List<DeliveryView> deliveries,
        List<HistoryView> history) {

    public record DeliveryView(UUID id, Channel channel, int escalationLevel, String recipient, String recipientName,
            String idempotencyKey, DeliveryStatus status, int attempts, Instant nextAttemptAt, String lastError,
            Instant deliveredAt) {

        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id, d.channel, d.escalationLevel, d.recipient, d.recipientName, d.idempotencyKey,
                    d.status,
                    d.attempts, d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null, d.lastError,
                    d.deliveredAt);
        }
    }

    public record HistoryView(ReferralChange change, String detail, String actor, Instant occurredAt) {

        static HistoryView of(HistoryEntry h) {
            return new HistoryView(h.change, h.detail, h.actor, h.occurredAt);
        }
    }

    static ReferralView summary(Referral r) {
        return of(r, null, null);
    }

    /**
     * What an administrator sees without breaking the glass: the referral's delivery and
     * escalation state, with its clinical content (flags, findings, recommended action) left out.
     */
    ReferralView operational() {
        return new ReferralView(id, caseId, level, urgency, null, null, null, rulesetVersion, triagedAt, routes, status,
                escalationLevel, nextEscalationAt, acknowledgedAt, acknowledgedBy, createdAt, deliveries, history);
    }

    static ReferralView detail(Referral r, List<Delivery> deliveries, List<HistoryEntry> history) {
        return of(r, deliveries.stream().map(DeliveryView::of).toList(), history.stream().map(HistoryView::of).toList());
    }

    private static ReferralView of(Referral r, List<DeliveryView> deliveries, List<HistoryView> history) {
        return new ReferralView(r.id, r.caseId, r.level, r.urgency, r.flags, r.recommendedAction, r.caseLink,
                r.rulesetVersion, r.triagedAt, r.routeNames(), r.status, r.escalationLevel, r.nextEscalationAt,
                r.acknowledgedAt, r.acknowledgedBy, r.createdAt, deliveries, history);
    }
}
