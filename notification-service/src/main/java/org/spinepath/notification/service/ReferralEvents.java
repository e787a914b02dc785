package org.spinepath.notification.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.spinepath.common.events.Topics;
import org.spinepath.common.outbox.Outbox;
import org.spinepath.notification.domain.Channel;
import org.spinepath.notification.domain.HistoryEntry;
import org.spinepath.notification.domain.Referral;
import org.spinepath.notification.domain.ReferralChange;

/**
 * Records a state change of a referral twice in the caller's transaction: in the referral's
 * history and, through the outbox, on {@code referral.events}. Both commit with the change or
 * not at all.
 */
@ApplicationScoped
public class ReferralEvents {

    private final Outbox outbox;

    public ReferralEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(TxType.MANDATORY)
    public void record(Referral referral, ReferralChange change, Channel channel, List<String> recipients,
            String actor, String detail, Instant at) {
        HistoryEntry entry = new HistoryEntry();
        entry.referralId = referral.id;
        entry.change = change;
        entry.detail = describe(channel, recipients, detail);
        entry.actor = actor;
        entry.occurredAt = at;
        entry.persist();
        outbox.publish(Topics.REFERRAL_EVENTS, referral.caseId.toString(), new ReferralEvent(referral.id,
                referral.caseId, referral.level, referral.urgency, change, referral.status, referral.escalationLevel,
                channel, referral.routeNames(), recipients == null || recipients.isEmpty() ? null : List.copyOf(recipients),
                change == ReferralChange.ACKNOWLEDGED ? actor : null, detail, at));
    }

    private static String describe(Channel channel, List<String> recipients, String detail) {
        StringBuilder text = new StringBuilder();
        if (channel != null) {
            text.append(channel).append(' ');
        }
        if (recipients != null && !recipients.isEmpty()) {
            text.append("to ").append(String.join(", ", recipients)).append(' ');
        }
        if (detail != null) {
            text.append(detail);
        }
        String result = text.toString().strip();
        return result.isEmpty() ? null : result;
    }
}
