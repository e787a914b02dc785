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
import org.spinepath.notification.domain.Team;

/** What a referral email says: the subject pattern, the clinical reason, the teams, one link, and no more. */
class ReferralEmailTest {

    private final UUID caseId = UUID.fromString("7d7c1f7e-2f7a-4a43-9a0e-0b7f4a1c2d3e");
    private final Contact surgeon = new Contact("On-call spinal surgeon", "oncall-spine@spinepath.local");
    private final Contact coordinator = new Contact("Metastatic spinal cord compression coordinator (acute oncology)",
            "mscc-coordinator@spinepath.local");

    private Dispatch dispatch(ReferralLevel level, int escalationLevel, List<FlagFindings> flags, List<Team> teams) {
        UUID referralId = UUID.randomUUID();
        return new Dispatch(UUID.randomUUID(), Channel.EMAIL, coordinator.email(),
                "referral." + referralId + "." + escalationLevel + ".0a1b2c3d4e5f@notification.spinepath",
                escalationLevel, 1,
                new Dispatch.Referral(referralId, caseId, level, level == ReferralLevel.IMMEDIATE ? "EMERGENCY" : "URGENT",
                        flags, "Contact the metastatic spinal cord compression coordinator.",
                        "https://portal.spinepath.test/cases/" + caseId, "2.0.0",
                        Instant.parse("2026-11-21T08:00:00Z"), Instant.parse("2026-11-21T08:00:01Z")),
                List.of(coordinator), teams);
    }

    private Dispatch cordCompressionWithCaudaEquina(int escalationLevel) {
        return dispatch(ReferralLevel.IMMEDIATE, escalationLevel, List.of(
                new FlagFindings("CAUDA_EQUINA", "INCOMPLETE", List.of("saddleAnesthesia")),
                new FlagFindings("SPINAL_METASTATIC_COMPRESSION", List.of("cancerHistory", "motorWeakness=PROGRESSIVE"))),
                List.of(new Team("immediate", "On-call spinal surgery", List.of("CAUDA_EQUINA"), List.of(surgeon)),
                        new Team("metastatic-compression", "Metastatic spinal cord compression",
                                List.of("SPINAL_METASTATIC_COMPRESSION"), List.of(coordinator, surgeon))));
    }

    private static ReferralEmail compose(Dispatch dispatch, Duration escalateAfter) {
        return ReferralEmail.compose(dispatch, dispatch.contacts().get(0), URI.create("https://ack.test/mine"),
                Instant.parse("2026-11-22T08:00:00Z"), escalateAfter);
    }

    @Test
    void theSubjectNamesTheLevelTheCaseAndWhatTheReferralIsAbout() {
        assertThat(compose(cordCompressionWithCaudaEquina(0), Duration.ofMinutes(15)).subject()).isEqualTo(
                "[SpinePath IMMEDIATE] Urgent referral for case " + caseId
                        + ": suspected cauda equina syndrome; metastatic spinal cord compression");
        Dispatch vascular = dispatch(ReferralLevel.IMMEDIATE, 2,
                List.of(new FlagFindings("VASCULAR_EMERGENCY", List.of("pulsatileAbdominalMass"))), List.of());
        assertThat(compose(vascular, Duration.ofMinutes(15)).subject()).isEqualTo("[SpinePath IMMEDIATE] ESCALATION 2: "
                + "Urgent referral for case " + caseId + ": suspected leaking aortic aneurysm \u2014 vascular emergency");
    }

    @Test
    void theBodyCarriesFlagsFindingsActionCaseLinkTheTeamsAndTheRecipientsOwnLinkOnly() {
        String body = compose(cordCompressionWithCaudaEquina(0), Duration.ofMinutes(15)).body();

        assertThat(body)
                .startsWith("For: Metastatic spinal cord compression coordinator (acute oncology)\n")
                .contains("  - CAUDA_EQUINA (suspected cauda equina syndrome, stage INCOMPLETE): saddleAnesthesia\n")
                .contains("  - SPINAL_METASTATIC_COMPRESSION (metastatic spinal cord compression): cancerHistory, "
                        + "motorWeakness=PROGRESSIVE\n")
                .contains("Contact the metastatic spinal cord compression coordinator.")
                .contains("https://portal.spinepath.test/cases/" + caseId)
                .contains("  - On-call spinal surgery (CAUDA_EQUINA): On-call spinal surgeon\n")
                .contains("  - Metastatic spinal cord compression (SPINAL_METASTATIC_COMPRESSION): Metastatic spinal cord "
                        + "compression coordinator (acute oncology); On-call spinal surgeon\n")
                .contains("Acknowledge this referral as Metastatic spinal cord compression coordinator (acute oncology)")
                .contains("\n  https://ack.test/mine\n")
                .contains("within 15 minutes")
                .doesNotContain("ESCALATION");
        assertThat(body.split("https://ack\\.test/", -1)).hasSize(2);
    }

    @Test
    void anEscalationSaysSoAndSinceWhen() {
        String body = compose(dispatch(ReferralLevel.WITHOUT_DELAY, 1,
                List.of(new FlagFindings("MALIGNANCY", List.of("cancerHistory"))), List.of()), Duration.ofHours(4)).body();

        assertThat(body).contains("ESCALATION 1: nobody has acknowledged this referral since it was raised at "
                + "2026-11-21T08:00:01Z").contains("within 4 hours").contains("  - MALIGNANCY (suspected spinal "
                        + "malignancy): cancerHistory\n");
    }
}
