package org.spinepath.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.spinepath.notification.support.Referrals.EMERGENCY_DEPARTMENT;
import static org.spinepath.notification.support.Referrals.MSCC_COORDINATOR;
import static org.spinepath.notification.support.Referrals.ONCALL_SPINE;
import static org.spinepath.notification.support.Referrals.ONCALL_VASCULAR;
import static org.spinepath.notification.support.Referrals.awaitMails;
import static org.spinepath.notification.support.Referrals.mailsAbout;
import static org.spinepath.notification.support.Referrals.produce;
import static org.spinepath.notification.support.Referrals.referralOf;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Contract version 2 routing (pathways.md section 8) end to end: referral.requested on the real
 * broker, emails in the real SMTP server, the FHIR ServiceRequest at the FHIR server. Each
 * referral reaches the union of its flags' routes, one message per recipient naming every flag.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(value = KeycloakTestResource.class, initArgs = @ResourceArg(name = "client", value = "notification-service"))
@WithTestResource(SmtpGateResource.class)
@WithTestResource(HttpReceiverResource.class)
class RoutingTest {

    private static final Duration FHIR_WAIT = Duration.ofMinutes(2);
    private static final Duration SETTLE = Duration.ofSeconds(2);
    /** Reading the mailbox takes a while on a busy machine; the settle window needs room around it. */
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(20);

    @AfterEach
    void stopEscalations() {
        Referrals.acknowledgeAllOpen();
    }

    @Test
    void metastaticCordCompressionReachesTheCoordinatorAndTheSpinalSurgeon() {
        UUID caseId = UUID.randomUUID();
        produce(caseId.toString(), Referrals.metastaticCompression(UUID.randomUUID().toString(), caseId));

        Mailbox.Mail toCoordinator = awaitMails(MSCC_COORDINATOR, caseId, 1).get(0);
        Mailbox.Mail toSurgeon = awaitMails(ONCALL_SPINE, caseId, 1).get(0);
        Map<String, Object> referral = referralOf(caseId);

        assertThat(referral.get("routes")).isEqualTo(List.of("metastatic-compression"));
        assertThat(toCoordinator.subject()).isEqualTo("[SpinePath IMMEDIATE] Urgent referral for case " + caseId
                + ": metastatic spinal cord compression");
        assertThat(toCoordinator.to()).containsExactly(MSCC_COORDINATOR);
        assertThat(toSurgeon.to()).containsExactly(ONCALL_SPINE);
        assertThat(toCoordinator.body())
                .contains("For: Metastatic spinal cord compression coordinator (acute oncology)")
                .contains("SPINAL_METASTATIC_COMPRESSION (metastatic spinal cord compression): cancerHistory, "
                        + "sciatica=UNILATERAL")
                .contains("https://portal.spinepath.test/cases/" + caseId);
        String fhir = await().atMost(FHIR_WAIT).until(() -> HttpReceiver.get().received(HttpReceiver.FHIR,
                caseId.toString()), r -> !r.isEmpty()).get(0).body();
        assertThat(fhir).contains("\"code\":\"metastatic-compression\"")
                .contains("\"display\":\"Metastatic spinal cord compression coordinator (acute oncology)\"")
                .contains("\"display\":\"On-call spinal surgeon\"")
                .contains("\"code\":\"SPINAL_METASTATIC_COMPRESSION\"");
    }

    @Test
    void aVascularEmergencyReachesTheEmergencyDepartmentAndTheVascularSurgeonAndNoSpinalSurgeon() {
        UUID caseId = UUID.randomUUID();
        produce(caseId.toString(), Referrals.vascularEmergency(UUID.randomUUID().toString(), caseId));

        Mailbox.Mail toEmergency = awaitMails(EMERGENCY_DEPARTMENT, caseId, 1).get(0);
        Mailbox.Mail toVascular = awaitMails(ONCALL_VASCULAR, caseId, 1).get(0);

        assertThat(referralOf(caseId).get("routes")).isEqualTo(List.of("vascular"));
        assertThat(toVascular.subject()).isEqualTo("[SpinePath IMMEDIATE] Urgent referral for case " + caseId
                + ": suspected leaking aortic aneurysm \u2014 vascular emergency");
        assertThat(toEmergency.to()).containsExactly(EMERGENCY_DEPARTMENT);
        assertThat(toVascular.body()).contains("For: On-call vascular surgeon")
                .contains("VASCULAR_EMERGENCY (suspected leaking aortic aneurysm \u2014 vascular emergency): "
                        + "pulsatileAbdominalMass, syncopeOrHypotension");
        String fhir = await().atMost(FHIR_WAIT).until(() -> HttpReceiver.get().received(HttpReceiver.FHIR,
                caseId.toString()), r -> !r.isEmpty()).get(0).body();
        assertThat(fhir).contains("\"code\":\"vascular\"").contains("\"display\":\"Emergency department\"")
                .contains("\"display\":\"On-call vascular surgeon\"").doesNotContain("spinal surgeon");
        await().during(SETTLE).atMost(SETTLE_LIMIT)
                .untilAsserted(() -> assertThat(mailsAbout(ONCALL_SPINE, caseId)).isEmpty());
    }

    @Test
    void caudaEquinaWithMetastaticCompressionReachesTheUnionOfBothRoutesOneMessageEachNamingBothFlags() {
        UUID caseId = UUID.randomUUID();
        produce(caseId.toString(), Referrals.metastaticCompressionWithCaudaEquina(UUID.randomUUID().toString(), caseId));

        awaitMails(ONCALL_SPINE, caseId, 1);
        awaitMails(MSCC_COORDINATOR, caseId, 1);
        Map<String, Object> referral = referralOf(caseId);
        Referrals.as("oncall1").post("/api/referrals/" + referral.get("id") + "/acknowledge").then().statusCode(200);
        // The surgeon is named by both routes and still gets one message.
        await().during(SETTLE).atMost(SETTLE_LIMIT).untilAsserted(() -> {
            assertThat(mailsAbout(ONCALL_SPINE, caseId)).hasSize(1);
            assertThat(mailsAbout(MSCC_COORDINATOR, caseId)).hasSize(1);
        });

        assertThat(referral.get("routes")).isEqualTo(List.of("immediate", "metastatic-compression"));
        // Every referral event names the routes: intake and triage grant their on-call staff the case.
        List<JsonNode> events = await().atMost(Referrals.WAIT).until(() -> Referrals.referralEvents(caseId),
                e -> e.stream().anyMatch(x -> "ACKNOWLEDGED".equals(x.path("change").asText())));
        assertThat(events).allSatisfy(e -> assertThat(e.path("routes")).extracting(JsonNode::asText)
                .containsExactly("immediate", "metastatic-compression"));
        for (Mailbox.Mail mail : List.of(mailsAbout(ONCALL_SPINE, caseId).get(0),
                mailsAbout(MSCC_COORDINATOR, caseId).get(0))) {
            assertThat(mail.subject()).endsWith(
                    ": suspected cauda equina syndrome; metastatic spinal cord compression");
            assertThat(mail.body())
                    .contains("CAUDA_EQUINA (suspected cauda equina syndrome, stage INCOMPLETE): saddleAnesthesia")
                    .contains("SPINAL_METASTATIC_COMPRESSION (metastatic spinal cord compression): cancerHistory, "
                            + "motorWeakness=PROGRESSIVE")
                    .doesNotContain("citations").doesNotContain("serious-spinal-pathology-guidance");
        }
        assertThat(Referrals.deliveries(referral)).filteredOn(d -> "EMAIL".equals(d.get("channel")))
                .extracting(d -> d.get("recipient")).containsExactlyInAnyOrder(ONCALL_SPINE, MSCC_COORDINATOR);
    }
}
