package org.spinepath.notification.channel.email;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.spinepath.notification.channel.Dispatch;
import org.spinepath.notification.domain.FlagFindings;
import org.spinepath.notification.domain.ReferralLevel;
import org.spinepath.notification.service.Contact;

/**
 * The text of a referral email. It carries only what pathways.md section 8 allows: the case
 * reference, the urgency, the flags with the findings that raised them, the recommended action
 * and the link to the case, plus the link that acknowledges the referral.
 */
public record ReferralEmail(String subject, String body) {

    /** The acknowledge link of one recipient: whoever follows it acknowledges as that recipient. */
    public record AcknowledgeLink(Contact contact, URI link) {
    }

    /** Subject pattern: {@code [SpinePath <level>] Urgent spinal referral for case <caseId>}. */
    public static ReferralEmail compose(Dispatch dispatch, List<AcknowledgeLink> links, Instant linkExpiry,
            Duration escalateAfter) {
        Dispatch.Referral referral = dispatch.referral();
        String escalation = dispatch.escalationLevel() == 0 ? ""
                : "ESCALATION " + dispatch.escalationLevel() + ": ";
        String subject = "[SpinePath " + referral.level() + "] " + escalation + "Urgent spinal referral for case "
                + referral.caseId();

        StringBuilder body = new StringBuilder();
        body.append("For: ").append(dispatch.contacts().stream().map(Contact::name).collect(Collectors.joining("; ")))
                .append("\n\n");
        if (dispatch.escalationLevel() > 0) {
            body.append("ESCALATION ").append(dispatch.escalationLevel())
                    .append(": nobody has acknowledged this referral since it was raised at ")
                    .append(referral.createdAt()).append(". You are the next contact on the on-call roster.\n\n");
        }
        body.append("SpinePath raised an urgent spinal referral.\n\n");
        body.append("Case:         ").append(referral.caseId()).append('\n');
        body.append("Level:        ").append(referral.level()).append(" - ").append(meaning(referral.level()))
                .append('\n');
        body.append("Urgency:      ").append(referral.urgency()).append('\n');
        body.append("Triaged at:   ").append(referral.triagedAt()).append('\n');
        body.append("\nRed flags and the findings that raised them:\n");
        for (FlagFindings flag : referral.flags()) {
            body.append("  - ").append(flag.flag());
            if (!flag.findings().isEmpty()) {
                body.append(": ").append(flag.findings().stream().collect(Collectors.joining(", ")));
            }
            body.append('\n');
        }
        body.append("\nRecommended action:\n  ").append(referral.recommendedAction()).append('\n');
        body.append("\nOpen the case in SpinePath:\n  ").append(referral.caseLink()).append('\n');
        body.append("\nAcknowledge this referral (this stops the escalation):\n");
        for (AcknowledgeLink link : links) {
            body.append("  as ").append(link.contact().name()).append(":\n  ").append(link.link()).append('\n');
        }
        body.append("  The links are valid until ").append(linkExpiry)
                .append("; or acknowledge the referral in SpinePath.\n");
        body.append("\nIf nobody acknowledges it within ").append(humanize(escalateAfter))
                .append(", the referral escalates to the next on-call contact, and again after every further ")
                .append(humanize(escalateAfter)).append(".\n");
        body.append("\n--\nReferral ").append(referral.id()).append(", ruleset ").append(referral.rulesetVersion())
                .append(".\nSpinePath is decision support: it never replaces clinical judgment.\n");
        return new ReferralEmail(subject, body.toString());
    }

    private static String meaning(ReferralLevel level) {
        return level == ReferralLevel.IMMEDIATE ? "refer to a specialist immediately (the same hour)"
                : "refer to a specialist without delay (within 24 hours)";
    }

    static String humanize(Duration duration) {
        if (duration.toSeconds() < 120) {
            return duration.toSeconds() + " seconds";
        }
        if (duration.toMinutes() < 120) {
            return duration.toMinutes() + " minutes";
        }
        return duration.toHours() + " hours";
    }
}
