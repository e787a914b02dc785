package org.spinepath.notification.service;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.spinepath.notification.support.Referrals.WAIT;
import static org.spinepath.notification.support.Referrals.changes;
import static org.spinepath.notification.support.Referrals.deliveries;
import static org.spinepath.notification.support.Referrals.detail;
import static org.spinepath.notification.support.Referrals.malignancy;
import static org.spinepath.notification.support.Referrals.produce;
import static org.spinepath.notification.support.Referrals.referralEvents;
import static org.spinepath.notification.support.Referrals.referralOf;

import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinepath.notification.channel.Dispatch;
import org.spinepath.notification.domain.Channel;
import org.spinepath.notification.support.HttpReceiverResource;
import org.spinepath.notification.support.Referrals;
import org.spinepath.notification.support.SmtpGateResource;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Two replicas sharing the delivery queue, played out step by step: the service's own sender is
 * paused and the test claims and records deliveries through the ledger as each replica would.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(value = KeycloakTestResource.class, initArgs = @ResourceArg(name = "client", value = "notification-service"))
@WithTestResource(SmtpGateResource.class)
@WithTestResource(HttpReceiverResource.class)
class DeliveryLeaseTest {

    private static final String SENDER = "referral-deliveries";

    @Inject
    Scheduler scheduler;

    @Inject
    DeliveryLedger ledger;

    @Inject
    ReferralService referrals;

    @Inject
    EntityManager em;

    @BeforeEach
    void pauseTheSender() {
        // Referrals left open by earlier tests go on escalating and would add deliveries of their own.
        Referrals.acknowledgeAllOpen();
        // Let the sender finish what is due or in flight, then pause it: a pass it started before
        // the pause would otherwise go on claiming what the test means to claim itself.
        await().atMost(WAIT).pollDelay(Duration.ofMillis(500)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from referral_delivery where status = "
                        + "'PENDING' and next_attempt_at <= now() + interval '5 seconds'").getSingleResult())
                        .longValue() == 0));
        scheduler.pause(SENDER);
    }

    @AfterEach
    void resumeTheSender() {
        Referrals.acknowledgeAllOpen();
        scheduler.resume(SENDER);
    }

    /** Claims the deliveries of {@code channel} as a replica would, until it holds one of the referral. */
    private Dispatch claim(Channel channel, String referralId) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> ledger.claimNext(channel),
                d -> d.isPresent() && d.get().referral().id().toString().equals(referralId)).orElseThrow();
    }

    @Test
    void aFailureReportedAfterTheLeasePassedToANewerAttemptNeitherCountsNorDeadLetters() {
        UUID caseId = UUID.randomUUID();
        produce(caseId.toString(), malignancy(UUID.randomUUID().toString(), caseId));
        String id = (String) referralOf(caseId).get("id");

        Dispatch first = claim(Channel.FHIR, id);
        assertThat(first.attempt()).isEqualTo(1);
        assertThat(ledger.claimNext(Channel.FHIR)).as("leased to the first replica").isEmpty();
        // The first replica's send outlasts its lease (3 s in tests); the second replica takes over.
        Dispatch second = claim(Channel.FHIR, id);
        assertThat(second.deliveryId()).isEqualTo(first.deliveryId());
        assertThat(second.attempt()).isEqualTo(2);

        ledger.failed(first, "POST answered 400: a late refusal of the first attempt", true);
        ledger.delivered(second);

        Map<String, Object> fhir = deliveries(detail(id)).stream().filter(d -> "FHIR".equals(d.get("channel")))
                .findFirst().orElseThrow();
        assertThat(fhir.get("status")).isEqualTo("DELIVERED");
        assertThat(fhir.get("attempts")).isEqualTo(2);
        await().atMost(WAIT).untilAsserted(() -> assertThat(changes(caseId)).contains("DELIVERED"));
        assertThat(changes(caseId)).doesNotContain("DELIVERY_FAILED");
        assertThat(Referrals.records("referral.delivery.dlq", caseId.toString())).isEmpty();
    }

    @Test
    void aDeliveryRecordedWhileTheReferralIsBeingAcknowledgedSaysAcknowledged() throws Exception {
        UUID caseId = UUID.randomUUID();
        produce(caseId.toString(), malignancy(UUID.randomUUID().toString(), caseId));
        String id = (String) referralOf(caseId).get("id");
        Dispatch email = claim(Channel.EMAIL, id);

        ExecutorService otherReplica = Executors.newSingleThreadExecutor();
        AtomicReference<Future<?>> recording = new AtomicReference<>();
        try {
            // The acknowledgement has locked the referral and written its event but not committed
            // when the other replica records the delivery.
            QuarkusTransaction.requiringNew().run(() -> {
                referrals.acknowledgeByLink(UUID.fromString(id), "oncall1");
                recording.set(otherReplica.submit(() -> ledger.delivered(email)));
                sleep(Duration.ofSeconds(1));
            });
            recording.get().get(30, TimeUnit.SECONDS);
        } finally {
            otherReplica.shutdownNow();
        }

        await().atMost(WAIT).untilAsserted(() -> assertThat(referralEvents(caseId)).extracting(e -> e.path("change")
                .asText()).contains("ACKNOWLEDGED", "DELIVERED"));
        List<JsonNode> events = referralEvents(caseId);
        JsonNode delivered = events.stream().filter(e -> e.path("change").asText().equals("DELIVERED")
                && e.path("recipients").toString().contains(email.recipient())).findFirst().orElseThrow();
        assertThat(delivered.path("status").asText()).isEqualTo("ACKNOWLEDGED");
        int acknowledgedAt = events.indexOf(events.stream().filter(e -> e.path("change").asText().equals("ACKNOWLEDGED"))
                .findFirst().orElseThrow());
        assertThat(events.subList(acknowledgedAt, events.size())).extracting(e -> e.path("status").asText())
                .containsOnly("ACKNOWLEDGED");
    }

    @Test
    void eachClaimTakesOneDeliveryWithALeaseOfItsOwn() {
        UUID caseId = UUID.randomUUID();
        produce(caseId.toString(), malignancy(UUID.randomUUID().toString(), caseId));
        String id = (String) referralOf(caseId).get("id");

        Dispatch first = claim(Channel.EMAIL, id);
        Dispatch second = claim(Channel.EMAIL, id);

        assertThat(second.deliveryId()).isNotEqualTo(first.deliveryId());
        assertThat(List.of(first, second)).extracting(d -> d.contacts().size()).containsOnly(1);
        // Nothing else of this referral is left to claim (deliveries of other referrals may be).
        Optional<Dispatch> next;
        while ((next = ledger.claimNext(Channel.EMAIL)).isPresent()) {
            assertThat(next.get().referral().id().toString()).as("a third email of the referral").isNotEqualTo(id);
        }
    }

    @Test
    void theUpgradeSplitsAnUnsentEmailToSeveralContactsIntoOneEmailPerRecipient() throws Exception {
        UUID caseId = UUID.randomUUID();
        produce(caseId.toString(), malignancy(UUID.randomUUID().toString(), caseId));
        UUID id = UUID.fromString((String) referralOf(caseId).get("id"));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into referral_delivery (id, "
                + "referral_id, channel, escalation_level, recipient, recipient_name, idempotency_key, status, attempts, "
                + "next_attempt_at, created_at, updated_at) values (:id, :referral, 'EMAIL', 7, "
                + "'oncology@spinepath.local, Metastasis-Coordinator@spinepath.local', "
                + "'Acute oncology service; Spinal metastasis coordinator', :key, 'PENDING', 2, now(), now(), now())")
                .setParameter("id", UUID.randomUUID()).setParameter("referral", id)
                .setParameter("key", "referral." + id + ".7@notification.spinepath").executeUpdate());

        String migration;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/migration/V3__one_email_per_recipient.sql")) {
            migration = new String(in.readAllBytes(), UTF_8);
        }
        String statements = migration.lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n"));
        QuarkusTransaction.requiringNew().run(() -> Arrays.stream(statements.split(";\n")).filter(t -> !t.isBlank())
                .forEach(t -> em.createNativeQuery(t).executeUpdate()));

        List<Map<String, Object>> level7 = deliveries(detail(id.toString())).stream()
                .filter(d -> Integer.valueOf(7).equals(d.get("escalationLevel"))).toList();
        assertThat(level7).filteredOn(d -> "PENDING".equals(d.get("status")))
                .extracting(d -> d.get("recipient"), d -> d.get("recipientName"), d -> d.get("idempotencyKey"))
                .containsExactlyInAnyOrder(
                        tuple("oncology@spinepath.local", "Acute oncology service",
                                DeliveryQueue.emailKey(id, 7, "oncology@spinepath.local", "notification.spinepath")),
                        tuple("Metastasis-Coordinator@spinepath.local", "Spinal metastasis coordinator",
                                DeliveryQueue.emailKey(id, 7, "metastasis-coordinator@spinepath.local",
                                        "notification.spinepath")));
        assertThat(level7).filteredOn(d -> "CANCELLED".equals(d.get("status"))).singleElement()
                .satisfies(d -> assertThat(d.get("lastError")).isEqualTo("replaced by one email per recipient"));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
