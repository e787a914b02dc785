package org.spinepath.notification.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.spinepath.notification.channel.Dispatch;
import org.spinepath.notification.domain.Channel;
import org.spinepath.notification.domain.Contact;
import org.spinepath.notification.domain.FlagFindings;
import org.spinepath.notification.domain.ReferralLevel;

/** What a referral email says: the subject pattern, the clinical reason, the links, and no more. */
class ReferralEmailTest {

    private final UUID caseId = UUID.fromString("7d7c1f7e-2f7a-4a43-9a0e-0b7f4a1c2d3e");
    private final Contact oncology = new Contact("Acute oncology service", "oncology@spinepath.local");
    private final Contact coordinator = new Contact("Spinal metastasis coordinator", "metastasis-coordinator@spinepath.local");

    private Dispatch dispatch(ReferralLevel level, int escalationLevel) {
        UUID referralId = UUID.randomUUID();
        return new Dispatch(UUID.randomUUID(), Channel.EMAIL, oncology.email() + ", " + coordinator.email(),
                "referral." + referralId + "." + escalationLevel + "@notification.spinepath", escalationLevel, 1,
                new Dispatch.Referral(referralId, caseId, level, level == ReferralLevel.IMMEDIATE ? "EMERGENCY" : "URGENT",
                        List.of(new FlagFindings("MALIGNANCY", List.of("cancerHistory", "nightPain=SEVERE")),
                                new FlagFindings("INFECTION", List.of())),
                        "Urgent referral to oncology.", "https://portal.spinepath.test/cases/" + caseId, "2026.1",
                        Instant.parse("2026-11-21T08:00:00Z"), Instant.parse("2026-11-21T08:00:01Z")),
                List.of(oncology, coordinator));
    }

    private ReferralEmail compose(Dispatch dispatch, Duration escalateAfter) {
        return ReferralEmail.compose(dispatch, List.of(
                new ReferralEmail.AcknowledgeLink(oncology, URI.create("https://ack.test/1")),
                new ReferralEmail.AcknowledgeLink(coordinator, URI.create("https://ack.test/2"))),
                Instant.parse("2026-11-22T08:00:00Z"), escalateAfter);
    }

    @Test
    void theSubjectNamesTheLevelAndTheCase() {
        assertThat(compose(dispatch(ReferralLevel.IMMEDIATE, 0), Duration.ofMinutes(15)).subject())
                .isEqualTo("[SpinePath IMMEDIATE] Urgent spinal referral for case " + caseId);
        assertThat(compose(dispatch(ReferralLevel.WITHOUT_DELAY, 2), Duration.ofHours(4)).subject())
                .isEqualTo("[SpinePath WITHOUT_DELAY] ESCALATION 2: Urgent spinal referral for case " + caseId);
    }

    @Test
    void theBodyCarriesFlagsFindingsActionCaseLinkAndOneAcknowledgeLinkPerRecipient() {
        String body = compose(dispatch(ReferralLevel.WITHOUT_DELAY, 0), Duration.ofHours(4)).body();

        assertThat(body)
                .contains("For: Acute oncology service; Spinal metastasis coordinator")
                .contains("  - MALIGNANCY: cancerHistory, nightPain=SEVERE\n")
                .contains("  - INFECTION\n")
                .contains("Urgent referral to oncology.")
                .contains("https://portal.spinepath.test/cases/" + caseId)
                .contains("as Acute oncology service:\n  https://ack.test/1")
                .contains("as Spinal metastasis coordinator:\n  https://ack.test/2")
                .contains("within 4 hours")
                .doesNotContain("ESCALATION");
    }

    @Test
    void anEscalationSaysSoAndSinceWhen() {
        String body = compose(dispatch(ReferralLevel.IMMEDIATE, 1), Duration.ofMinutes(15)).body();

        assertThat(body).contains("ESCALATION 1: nobody has acknowledged this referral since it was raised at "
                + "2026-11-21T08:00:01Z").contains("within 15 minutes");
    }
}
