package org.spinepath.notification.channel.email;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.spinepath.notification.channel.Dispatch;
import org.spinepath.notification.domain.Contact;
import org.spinepath.notification.domain.FlagFindings;
import org.spinepath.notification.domain.RedFlags;
import org.spinepath.notification.domain.ReferralLevel;
import org.spinepath.notification.domain.Team;

/**
 * The text of the referral email to one recipient. It carries only what pathways.md section 8
 * allows: the case reference, the urgency, the flags with the findings that raised them, the
 * recommended action and the link to the case, plus the roster names of the teams it went to and
 * the recipient's own acknowledge link. It never carries another recipient's link: a link
 * acknowledges as the person it was made for.
 */
public record ReferralEmail(String subject, String body) {

    /**
     * Subject pattern: {@code [SpinePath <level>] Urgent referral for case <caseId>: <flags described>},
     * with {@code ESCALATION <n>: } before {@code Urgent} for an escalation.
     */
    public static ReferralEmail compose(Dispatch dispatch, Contact recipient, URI acknowledgeLink, Instant linkExpiry,
            Duration escalateAfter) {
        Dispatch.Referral referral = dispatch.referral();
        String escalation = dispatch.escalationLevel() == 0 ? ""
                : "ESCALATION " + dispatch.escalationLevel() + ": ";
        String subject = "[SpinePath " + referral.level() + "] " + escalation + "Urgent referral for case "
                + referral.caseId() + ": " + RedFlags.headline(referral.flags());

        StringBuilder body = new StringBuilder();
        body.append("For: ").append(recipient.name()).append("\n\n");
        if (dispatch.escalationLevel() > 0) {
            body.append("ESCALATION ").append(dispatch.escalationLevel())
                    .append(": nobody has acknowledged this referral since it was raised at ")
                    .append(referral.createdAt()).append(". You are the next contact on the on-call roster.\n\n");
        }
        body.append("SpinePath raised an urgent referral: ").append(RedFlags.headline(referral.flags())).append(".\n\n");
        body.append("Case:         ").append(referral.caseId()).append('\n');
        body.append("Level:        ").append(referral.level()).append(" - ").append(meaning(referral.level()))
                .append('\n');
        body.append("Urgency:      ").append(referral.urgency()).append('\n');
        body.append("Triaged at:   ").append(referral.triagedAt()).append('\n');
        body.append("\nRed flags and the findings that raised them:\n");
        for (FlagFindings flag : referral.flags()) {
            body.append("  - ").append(flag.flag()).append(" (").append(RedFlags.describe(flag.flag()));
            if (flag.stage() != null) {
                body.append(", stage ").append(flag.stage());
            }
            body.append(')');
            if (!flag.findings().isEmpty()) {
                body.append(": ").append(String.join(", ", flag.findings()));
            }
            body.append('\n');
        }
        body.append("\nRecommended action:\n  ").append(referral.recommendedAction()).append('\n');
        body.append("\nOpen the case in SpinePath:\n  ").append(referral.caseLink()).append('\n');
        if (!dispatch.teams().isEmpty()) {
            body.append("\nSent at this level to:\n");
            for (Team team : dispatch.teams()) {
                body.append("  - ").append(team.title());
                if (!team.flags().isEmpty()) {
                    body.append(" (").append(String.join(", ", team.flags())).append(')');
                }
                body.append(": ").append(team.contacts().stream().map(Contact::name).collect(Collectors.joining("; ")))
                        .append('\n');
            }
        }
        body.append("\nAcknowledge this referral as ").append(recipient.name())
                .append(" (this stops the escalation; the link is yours alone):\n  ").append(acknowledgeLink)
                .append('\n');
        body.append("  The link is valid until ").append(linkExpiry)
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
