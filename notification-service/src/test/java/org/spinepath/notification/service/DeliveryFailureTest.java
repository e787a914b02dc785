package org.spinepath.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.spinepath.notification.support.Referrals.ONCOLOGY;
import static org.spinepath.notification.support.Referrals.WAIT;
import static org.spinepath.notification.support.Referrals.as;
import static org.spinepath.notification.support.Referrals.changes;
import static org.spinepath.notification.support.Referrals.deliveries;
import static org.spinepath.notification.support.Referrals.detail;
import static org.spinepath.notification.support.Referrals.mailsAbout;
import static org.spinepath.notification.support.Referrals.malignancy;
import static org.spinepath.notification.support.Referrals.produce;
import static org.spinepath.notification.support.Referrals.referralCount;
import static org.spinepath.notification.support.Referrals.referralOf;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinepath.notification.channel.Dispatch;
import org.spinepath.notification.support.HttpReceiver;
import org.spinepath.notification.support.HttpReceiverResource;
import org.spinepath.notification.support.Referrals;
import org.spinepath.notification.support.SmtpGate;
import org.spinepath.notification.support.SmtpGateResource;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.Mailbox;
import org.spinepath.testing.PostgresTestResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.mockito.InjectSpy;

/**
 * Deliveries survive an unreachable SMTP server, a crash between sending and recording, and a
 * FHIR server that keeps failing, without losing or duplicating the referral. WITHOUT_DELAY
 * referrals (escalation after an hour in tests) keep escalation out of these scenarios.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(value = KeycloakTestResource.class, initArgs = @ResourceArg(name = "client", value = "notification-service"))
@WithTestResource(SmtpGateResource.class)
@WithTestResource(HttpReceiverResource.class)
class DeliveryFailureTest {

    private static final Duration FHIR_WAIT = Duration.ofMinutes(2);

    @InjectSpy
    DeliveryLedger ledger;

    @AfterEach
    void restore() {
        SmtpGate.get().open();
        HttpReceiver.get().failWhen(body -> false);
        Referrals.acknowledgeAllOpen();
    }

    private static Map<String, Object> delivery(Map<String, Object> referral, String channel) {
        return deliveries(referral).stream().filter(d -> channel.equals(d.get("channel"))).findFirst().orElseThrow();
    }

    @Test
    void whileSmtpIsDownTheEmailWaitsAndIsDeliveredOnceItIsBack() {
        SmtpGate.get().close();
        UUID caseId = UUID.randomUUID();
        produce(caseId.toString(), malignancy(UUID.randomUUID().toString(), caseId));
        String id = (String) referralOf(caseId).get("id");

        await().atMost(WAIT).untilAsserted(() -> {
            Map<String, Object> email = delivery(detail(id), "EMAIL");
            assertThat((Integer) email.get("attempts")).isGreaterThanOrEqualTo(3);
            assertThat((String) email.get("lastError")).contains("SMTP send failed");
            assertThat(email.get("status")).isEqualTo("PENDING");
        });
        assertThat(mailsAbout(ONCOLOGY, caseId)).isEmpty();

        SmtpGate.get().open();
        await().atMost(WAIT).until(() -> deliveries(detail(id)).stream().filter(d -> "EMAIL".equals(d.get("channel")))
                .allMatch(d -> "DELIVERED".equals(d.get("status"))));
        assertThat(mailsAbout(ONCOLOGY, caseId)).hasSize(1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(changes(caseId)).contains("DELIVERED"));
        assertThat(changes(caseId)).doesNotContain("DELIVERY_FAILED");
    }

    @Test
    void aCrashBetweenSendingAndRecordingResendsWithTheSameKeyAndRecordsTheReferralOnce() {
        UUID caseId = UUID.randomUUID();
        Set<UUID> crashed = ConcurrentHashMap.newKeySet();
        doAnswer(invocation -> {
            Dispatch dispatch = invocation.getArgument(0);
            if (dispatch.referral().caseId().equals(caseId) && crashed.add(dispatch.deliveryId())) {
                throw new IllegalStateException("simulated crash: sent, but the outcome was never recorded");
            }
            return invocation.callRealMethod();
        }).when(ledger).delivered(any());

        produce(caseId.toString(), malignancy(UUID.randomUUID().toString(), caseId));
        String id = (String) referralOf(caseId).get("id");

        await().atMost(FHIR_WAIT).until(() -> deliveries(detail(id)).stream()
                .allMatch(d -> "DELIVERED".equals(d.get("status"))));
        Map<String, Object> referral = detail(id);
        assertThat(deliveries(referral)).allSatisfy(d -> assertThat(d.get("attempts")).isEqualTo(2));
        // An email to oncology, one to the metastasis coordinator, the FHIR post and the webhook call.
        assertThat(crashed).hasSize(4);

        List<Mailbox.Mail> mails = mailsAbout(ONCOLOGY, caseId);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).messageId()).isEqualTo(mails.get(0).messageId())
                .isEqualTo("<" + deliveries(referral).stream().filter(d -> ONCOLOGY.equals(d.get("recipient")))
                        .findFirst().orElseThrow().get("idempotencyKey") + ">");
        List<HttpReceiver.Request> fhir = HttpReceiver.get().received(HttpReceiver.FHIR, caseId.toString());
        assertThat(fhir).hasSize(2);
        assertThat(fhir.get(1).body()).isEqualTo(fhir.get(0).body())
                .contains("\"ifNoneExist\":\"identifier=urn:spinepath:referral|" + id + "\"");
        assertThat(HttpReceiver.get().received(HttpReceiver.WEBHOOK, caseId.toString()))
                .extracting(r -> r.header("Idempotency-Key")).containsExactly("referral." + id + ".0", "referral." + id + ".0");

        assertThat(referralCount(caseId)).isEqualTo(1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(changes(caseId)).filteredOn("DELIVERED"::equals).hasSize(4));
        assertThat(changes(caseId)).containsOnlyOnce("REQUESTED");
    }

    @Test
    void aFhirServerThatKeepsFailingDeadLettersTheDeliveryRaisesAnAlertAndLeavesTheReferralOpen() {
        UUID caseId = UUID.randomUUID();
        // The FHIR server fails; the webhook receiver on the same test server keeps working.
        HttpReceiver.get().failWhen(body -> body.contains(caseId.toString()) && body.contains("\"resourceType\""));
        produce(caseId.toString(), malignancy(UUID.randomUUID().toString(), caseId));
        String id = (String) referralOf(caseId).get("id");

        await().atMost(FHIR_WAIT).until(() -> "FAILED".equals(delivery(detail(id), "FHIR").get("status")));
        Map<String, Object> referral = detail(id);
        assertThat(referral.get("status")).isEqualTo("OPEN");
        assertThat(delivery(referral, "FHIR").get("attempts")).isEqualTo(3);
        assertThat((String) delivery(referral, "FHIR").get("lastError")).contains("503");
        assertThat(HttpReceiver.get().received(HttpReceiver.FHIR, caseId.toString())).hasSize(3);

        await().atMost(WAIT).untilAsserted(() -> assertThat(Referrals.records("referral.delivery.dlq", caseId.toString()))
                .hasSize(1));
        ConsumerRecord<String, String> dead = Referrals.records("referral.delivery.dlq", caseId.toString()).get(0);
        assertThat(Referrals.read(dead.value()).at("/data/channel").asText()).isEqualTo("FHIR");
        assertThat(Referrals.read(dead.value()).at("/data/idempotencyKey").asText())
                .isEqualTo("urn:spinepath:referral|" + id);
        await().atMost(WAIT).untilAsserted(() -> assertThat(changes(caseId)).contains("DELIVERY_FAILED"));
        await().atMost(WAIT).until(() -> "DELIVERED".equals(delivery(detail(id), "EMAIL").get("status")));

        // The FHIR server is fixed; an operator puts the delivery back in the queue.
        HttpReceiver.get().failWhen(body -> false);
        String retry = "/api/referrals/" + id + "/deliveries/" + delivery(referral, "FHIR").get("id") + "/retry";
        as("oncall1").post(retry).then().statusCode(403);
        as("admin1").post(retry).then().statusCode(200);
        as("admin1").post(retry).then().statusCode(409);
        await().atMost(WAIT).until(() -> "DELIVERED".equals(delivery(detail(id), "FHIR").get("status")));
        assertThat(changes(caseId)).contains("DELIVERY_REQUEUED");
    }
}
