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

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinepath.notification.support.HttpReceiver;
import org.spinepath.notification.support.HttpReceiverResource;
import org.spinepath.notification.support.Referrals;
import org.spinepath.notification.support.SmtpGateResource;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.Mailbox;
import org.spinepath.testing.PostgresTestResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
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

    private static final String SENDER = "referral-deliveries";

    @Inject
    Scheduler scheduler;

    @Inject
    EntityManager em;

    @AfterEach
    void stopEscalations() {
        scheduler.resume(SENDER);
        HttpReceiver.get().failWhen(body -> false);
        Referrals.acknowledgeAllOpen();
    }

    private static Map<String, Object> delivery(String referralId, String channel, int escalationLevel) {
        return Referrals.deliveries(Referrals.detail(referralId)).stream()
                .filter(d -> channel.equals(d.get("channel")) && Integer.valueOf(escalationLevel).equals(d.get("escalationLevel")))
                .findFirst().orElseThrow();
    }

    @Test
    void redrivingADeadEscalationAfterTheReferralWasAcknowledgedPagesNobody() {
        UUID caseId = UUID.randomUUID();
        HttpReceiver.get().failWhen(body -> body.contains(caseId.toString()) && body.contains("\"escalationLevel\":1,"));
        produce(caseId.toString(), caudaEquina(UUID.randomUUID().toString(), caseId));
        String id = (String) referralOf(caseId).get("id");
        await().atMost(WAIT).until(() -> Referrals.detail(id).get("deliveries").toString().contains("escalationLevel=1")
                && "FAILED".equals(delivery(id, "WEBHOOK", 1).get("status")));

        as("oncall1").post("/api/referrals/" + id + "/acknowledge").then().statusCode(200);
        HttpReceiver.get().failWhen(body -> false);
        String key = "referral." + id + ".1";
        int callsBefore = HttpReceiver.get().received(HttpReceiver.WEBHOOK, caseId.toString()).size();
        as("admin1").post("/api/referrals/" + id + "/deliveries/" + delivery(id, "WEBHOOK", 1).get("id") + "/retry")
                .then().statusCode(200);

        Map<String, Object> redriven = delivery(id, "WEBHOOK", 1);
        assertThat(redriven.get("status")).isEqualTo("CANCELLED");
        assertThat((String) redriven.get("lastError")).contains("acknowledged by oncall1");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                HttpReceiver.get().received(HttpReceiver.WEBHOOK, caseId.toString()))
                .hasSize(callsBefore).noneMatch(r -> r.accepted() && key.equals(r.header("Idempotency-Key"))));
    }

    @Test
    void anEscalationMessageOfAnAcknowledgedReferralIsCancelledWhenClaimedNotSent() {
        scheduler.pause(SENDER);
        UUID caseId = UUID.randomUUID();
        produce(caseId.toString(), caudaEquina(UUID.randomUUID().toString(), caseId));
        String id = (String) referralOf(caseId).get("id");
        await().atMost(WAIT).until(() -> (Integer) Referrals.detail(id).get("escalationLevel") >= 1);
        as("oncall1").post("/api/referrals/" + id + "/acknowledge").then().statusCode(200);
        // A pending escalation message behind an acknowledgement, as a redrive before this check left them.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update referral_delivery set status = "
                + "'PENDING', next_attempt_at = now(), last_error = null where referral_id = :id and escalation_level = 1 "
                + "and channel = 'EMAIL'").setParameter("id", UUID.fromString(id)).executeUpdate());

        scheduler.resume(SENDER);

        await().atMost(WAIT).until(() -> "CANCELLED".equals(delivery(id, "EMAIL", 1).get("status")));
        assertThat((String) delivery(id, "EMAIL", 1).get("lastError")).contains("acknowledged by oncall1");
        await().atMost(WAIT).until(() -> "DELIVERED".equals(delivery(id, "EMAIL", 0).get("status")));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(mailsAbout(ONCALL_SPINE_SECOND, caseId)).isEmpty());
    }

    @Test
    void withoutAcknowledgementTheReferralEscalatesAlongTheChainUntilSomeoneAcknowledges() {
        UUID caseId = UUID.randomUUID();
        produce(caseId.toString(), caudaEquina(UUID.randomUUID().toString(), caseId));

        Mailbox.Mail first = awaitMails(ONCALL_SPINE, caseId, 1).get(0);
        Mailbox.Mail second = awaitMails(ONCALL_SPINE_SECOND, caseId, 1).get(0);
        List<Mailbox.Mail> consultant = awaitMails(CONSULTANT_SPINE, caseId, 2);

        assertThat(first.subject()).doesNotContain("ESCALATION");
        assertThat(second.subject()).isEqualTo("[SpinePath IMMEDIATE] ESCALATION 1: Urgent referral for case "
                + caseId + ": suspected cauda equina syndrome");
        assertThat(consultant).extracting(Mailbox.Mail::subject).startsWith(
                "[SpinePath IMMEDIATE] ESCALATION 2: Urgent referral for case " + caseId
                        + ": suspected cauda equina syndrome",
                "[SpinePath IMMEDIATE] ESCALATION 3: Urgent referral for case " + caseId
                        + ": suspected cauda equina syndrome");
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
        await().during(Duration.ofSeconds(9)).atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
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
