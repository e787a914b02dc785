package org.spinepath.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.spinepath.notification.support.Referrals.ONCALL_SPINE;
import static org.spinepath.notification.support.Referrals.WAIT;
import static org.spinepath.notification.support.Referrals.awaitMails;
import static org.spinepath.notification.support.Referrals.caudaEquina;
import static org.spinepath.notification.support.Referrals.deliveries;
import static org.spinepath.notification.support.Referrals.mailsAbout;
import static org.spinepath.notification.support.Referrals.produce;
import static org.spinepath.notification.support.Referrals.referralCount;
import static org.spinepath.notification.support.Referrals.referralOf;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** referral.requested on a real broker becomes one referral and one email, whatever the redeliveries. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(value = KeycloakTestResource.class, initArgs = @ResourceArg(name = "client", value = "notification-service"))
@WithTestResource(SmtpGateResource.class)
@WithTestResource(HttpReceiverResource.class)
class ReferralRequestedTest {

    /** The first FHIR post also waits for HAPI's validator to load the R4 specification. */
    private static final Duration FHIR_WAIT = Duration.ofMinutes(2);

    @Inject
    EntityManager em;

    @AfterEach
    void stopEscalations() {
        Referrals.acknowledgeAllOpen();
    }

    @Test
    void anImmediateReferralEmailsTheOnCallSpinalSurgeonWithTheCaseAndNothingMore() {
        UUID caseId = UUID.randomUUID();
        // A field the contract does not have (here: patient data) must never reach a message.
        String event = caudaEquina(UUID.randomUUID().toString(), caseId)
                .replace("\"rulesetVersion\"", "\"patient\":{\"name\":\"Jane Quillfeather\",\"ageYears\":47},"
                        + "\"rulesetVersion\"");
        produce(caseId.toString(), event);

        Mailbox.Mail mail = awaitMails(ONCALL_SPINE, caseId, 1).get(0);
        Map<String, Object> referral = referralOf(caseId);

        assertThat(mail.subject()).isEqualTo("[SpinePath IMMEDIATE] Urgent referral for case " + caseId
                + ": suspected cauda equina syndrome");
        assertThat(mail.to()).containsExactly(ONCALL_SPINE);
        assertThat(mail.messageId()).matches("<referral\\." + referral.get("id") + "\\.0\\.[0-9a-f]{12}@notification\\.spinepath>")
                .isEqualTo("<" + deliveries(referral).stream().filter(d -> "EMAIL".equals(d.get("channel")))
                        .findFirst().orElseThrow().get("idempotencyKey") + ">");
        assertThat(mail.body())
                .contains("CAUDA_EQUINA (suspected cauda equina syndrome): saddleAnesthesia, bladderDysfunction=RETENTION")
                .contains("Emergency specialist referral for urgent decompression.")
                .contains("https://portal.spinepath.test/cases/" + caseId)
                .contains("http://localhost:8084/public/referrals/" + referral.get("id") + "/acknowledge?by=")
                .doesNotContain("Quillfeather");
        assertThat(referral.get("status")).isEqualTo("OPEN");
        assertThat(referral.get("routes")).isEqualTo(List.of("immediate"));
    }

    @Test
    void aRedeliveredEventMakesOneReferralOneEmailAndOneFhirPost() throws GeneralSecurityException {
        UUID caseId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String lastEventId = UUID.randomUUID().toString();
        produce(caseId.toString(), caudaEquina(eventId, caseId));
        produce(caseId.toString(), caudaEquina(eventId, caseId));
        // The same case and level again under a new event id: triage redelivered, not Kafka.
        produce(caseId.toString(), caudaEquina(lastEventId, caseId));

        // One key, one partition, in order: once the last event is in the ledger, all three were handled.
        await().atMost(WAIT).until(() -> processed(lastEventId));
        Map<String, Object> referral = referralOf(caseId);
        // Stops the escalation (3 s in tests), which would message other contacts; the first
        // messages still go out.
        Referrals.as("oncall1").post("/api/referrals/" + referral.get("id") + "/acknowledge").then().statusCode(200);
        await().atMost(FHIR_WAIT).until(() -> deliveries(Referrals.detail((String) referral.get("id"))).stream()
                .filter(d -> Integer.valueOf(0).equals(d.get("escalationLevel")))
                .allMatch(d -> "DELIVERED".equals(d.get("status"))));

        assertThat(referralCount(caseId)).isEqualTo(1);
        assertThat(deliveries(referral)).filteredOn(d -> Integer.valueOf(0).equals(d.get("escalationLevel")))
                .extracting(d -> d.get("channel")).containsExactlyInAnyOrder("EMAIL", "FHIR", "WEBHOOK");
        assertThat(mailsAbout(ONCALL_SPINE, caseId)).hasSize(1);
        assertThat(HttpReceiver.get().received(HttpReceiver.FHIR, caseId.toString())).hasSize(1);
        List<HttpReceiver.Request> webhook = HttpReceiver.get().received(HttpReceiver.WEBHOOK, caseId.toString())
                .stream().filter(r -> r.header("Idempotency-Key").equals("referral." + referral.get("id") + ".0"))
                .toList();
        assertThat(webhook).hasSize(1);
        assertThat(webhook.get(0).header("X-SpinePath-Signature")).isEqualTo("sha256=" + hmacSha256Hex(
                HttpReceiverResource.WEBHOOK_SECRET, webhook.get(0).header("X-SpinePath-Timestamp") + "."
                        + webhook.get(0).body()));
    }

    @Test
    void aMalignancyReferralReachesOncologyAndTheMetastasisCoordinatorEachInAnEmailWithOnlyTheirOwnLink() {
        UUID caseId = UUID.randomUUID();
        produce(caseId.toString(), Referrals.malignancy(UUID.randomUUID().toString(), caseId));

        Mailbox.Mail toOncology = awaitMails(Referrals.ONCOLOGY, caseId, 1).get(0);
        Mailbox.Mail toCoordinator = awaitMails(Referrals.METASTASIS_COORDINATOR, caseId, 1).get(0);

        assertThat(toOncology.messageId()).isNotEqualTo(toCoordinator.messageId());
        assertThat(toOncology.subject()).isEqualTo("[SpinePath WITHOUT_DELAY] Urgent referral for case " + caseId
                + ": suspected spinal malignancy");
        assertThat(toOncology.to()).containsExactly(Referrals.ONCOLOGY);
        assertThat(toCoordinator.to()).containsExactly(Referrals.METASTASIS_COORDINATOR);
        // A link acknowledges as the person it names: nobody may hold another recipient's.
        assertThat(toOncology.body()).contains("by=oncology%40spinepath.local")
                .doesNotContain("by=metastasis-coordinator")
                .contains("MALIGNANCY (suspected spinal malignancy): cancerHistory, nightPain=SEVERE");
        assertThat(toCoordinator.body()).contains("by=metastasis-coordinator%40spinepath.local")
                .doesNotContain("by=oncology");
        assertThat(referralOf(caseId).get("routes")).isEqualTo(List.of("malignancy"));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextReferralStillArrives() {
        String poisonKey = "poison-" + UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        UUID invalidCaseId = UUID.randomUUID();
        produce(poisonKey, "this is not a CloudEvent");
        produce(invalidCaseId.toString(), caudaEquina(UUID.randomUUID().toString(), invalidCaseId)
                .replace("\"level\":\"IMMEDIATE\"", "\"level\":\"WHENEVER\""));
        produce(caseId.toString(), caudaEquina(UUID.randomUUID().toString(), caseId));

        assertThat(awaitMails(ONCALL_SPINE, caseId, 1)).hasSize(1);
        List<ConsumerRecord<String, String>> dead = Referrals.kafka().consumeStrings()
                .fromTopics("referral.requested.dlq", 2).awaitCompletion(WAIT).getRecords();
        assertThat(dead).extracting(ConsumerRecord::key).containsExactly(poisonKey, invalidCaseId.toString());
        assertThat(dead.get(0).value()).isEqualTo("this is not a CloudEvent");
        assertThat(new String(dead.get(1).headers().lastHeader("dead-letter-reason").value())).contains("level");
        assertThat(referralCount(invalidCaseId)).isZero();
    }

    private static String hmacSha256Hex(String key, String text) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    private boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue() == 1);
    }
}
