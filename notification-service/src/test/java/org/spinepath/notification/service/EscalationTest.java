package org.spinepath.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.spinepath.notification.support.Referrals.CONSULTANT_SPINE;
import static org.spinepath.notification.support.Referrals.ONCALL_SPINE;
import static org.spinepath.notification.support.Referrals.ONCALL_SPINE_SECOND;
import static org.spinepath.notification.support.Referrals.WAIT;
import static org.spinepath.notification.support.Referrals.as;
import static org.spinepath.notification.support.Referrals.awaitMails;
import static org.spinepath.notification.support.Referrals.caudaEquina;
import static org.spinepath.notification.support.Referrals.changes;
import static org.spinepath.notification.support.Referrals.mailsAbout;
import static org.spinepath.notification.support.Referrals.produce;
import static org.spinepath.notification.support.Referrals.referralEvents;
import static org.spinepath.notification.support.Referrals.referralOf;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinepath.notification.support.HttpReceiverResource;
import org.spinepath.notification.support.Referrals;
import org.spinepath.notification.support.SmtpGateResource;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.Mailbox;
import org.spinepath.testing.PostgresTestResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An unacknowledged referral escalates along its chain on the clock (3 s for IMMEDIATE in tests),
 * repeating the chain's last contact, until someone on call acknowledges it.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(value = KeycloakTestResource.class, initArgs = @ResourceArg(name = "client", value = "notification-service"))
@WithTestResource(SmtpGateResource.class)
@WithTestResource(HttpReceiverResource.class)
class EscalationTest {

    @AfterEach
    void stopEscalations() {
        Referrals.acknowledgeAllOpen();
    }

    @Test
    void withoutAcknowledgementTheReferralEscalatesAlongTheChainUntilSomeoneAcknowledges() {
        UUID caseId = UUID.randomUUID();
        produce(caseId.toString(), caudaEquina(UUID.randomUUID().toString(), caseId));

        Mailbox.Mail first = awaitMails(ONCALL_SPINE, caseId, 1).get(0);
        Mailbox.Mail second = awaitMails(ONCALL_SPINE_SECOND, caseId, 1).get(0);
        List<Mailbox.Mail> consultant = awaitMails(CONSULTANT_SPINE, caseId, 2);

        assertThat(first.subject()).doesNotContain("ESCALATION");
        assertThat(second.subject()).isEqualTo("[SpinePath IMMEDIATE] ESCALATION 1: Urgent spinal referral for case "
                + caseId);
        assertThat(consultant).extracting(Mailbox.Mail::subject).startsWith(
                "[SpinePath IMMEDIATE] ESCALATION 2: Urgent spinal referral for case " + caseId,
                "[SpinePath IMMEDIATE] ESCALATION 3: Urgent spinal referral for case " + caseId);
        assertThat(consultant.get(0).messageId()).isNotEqualTo(consultant.get(1).messageId());

        String id = (String) referralOf(caseId).get("id");
        Map<String, Object> acknowledged = as("oncall1").post("/api/referrals/" + id + "/acknowledge")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(acknowledged.get("status")).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.get("acknowledgedBy")).isEqualTo("oncall1");
        assertThat(acknowledged.get("nextEscalationAt")).isNull();
        int levelWhenAcknowledged = (Integer) acknowledged.get("escalationLevel");

        // Three escalation intervals with no further escalation and no further mail.
        int consultantMails = mailsAbout(CONSULTANT_SPINE, caseId).size();
        await().during(Duration.ofSeconds(9)).atMost(Duration.ofSeconds(12)).untilAsserted(() -> {
            assertThat(Referrals.detail(id).get("escalationLevel")).isEqualTo(levelWhenAcknowledged);
            assertThat(mailsAbout(CONSULTANT_SPINE, caseId)).hasSizeLessThanOrEqualTo(consultantMails + 1);
        });

        await().atMost(WAIT).untilAsserted(() -> assertThat(changes(caseId)).contains("ACKNOWLEDGED"));
        List<String> changes = changes(caseId);
        assertThat(changes).startsWith("REQUESTED").contains("ESCALATED", "DELIVERED");
        assertThat(changes.subList(changes.indexOf("ACKNOWLEDGED"), changes.size())).doesNotContain("ESCALATED");
        assertThat(referralEvents(caseId)).filteredOn(e -> e.path("change").asText().equals("ESCALATED"))
                .extracting(e -> e.path("escalationLevel").asInt()).startsWith(1, 2, 3);
        assertThat(referralEvents(caseId)).filteredOn(e -> e.path("change").asText().equals("ACKNOWLEDGED"))
                .singleElement().satisfies(e -> assertThat(e.path("acknowledgedBy").asText()).isEqualTo("oncall1"));
    }

    @Test
    void acknowledgingTwiceKeepsTheFirstAcknowledgement() {
        UUID caseId = UUID.randomUUID();
        produce(caseId.toString(), caudaEquina(UUID.randomUUID().toString(), caseId));
        String id = (String) referralOf(caseId).get("id");

        as("oncall1").post("/api/referrals/" + id + "/acknowledge").then().statusCode(200);
        Map<String, Object> again = as("oncall2").post("/api/referrals/" + id + "/acknowledge").then().statusCode(200)
                .extract().jsonPath().getMap("");

        assertThat(again.get("acknowledgedBy")).isEqualTo("oncall1");
        await().atMost(WAIT).untilAsserted(() -> assertThat(changes(caseId)).containsOnlyOnce("ACKNOWLEDGED"));
    }
}
