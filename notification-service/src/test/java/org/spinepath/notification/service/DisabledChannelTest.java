package org.spinepath.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.spinepath.notification.support.Referrals.WAIT;
import static org.spinepath.notification.support.Referrals.changes;
import static org.spinepath.notification.support.Referrals.deliveries;
import static org.spinepath.notification.support.Referrals.detail;
import static org.spinepath.notification.support.Referrals.malignancy;
import static org.spinepath.notification.support.Referrals.produce;
import static org.spinepath.notification.support.Referrals.referralOf;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinepath.notification.support.Referrals;
import org.spinepath.notification.support.SmtpGateResource;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A channel switched off (here the webhook: no URL configured) with messages still queued for it
 * from before: they are failed with an alert instead of waiting, unseen, to flood the receiver
 * when the channel is switched on again.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(value = KeycloakTestResource.class, initArgs = @ResourceArg(name = "client", value = "notification-service"))
@WithTestResource(SmtpGateResource.class)
class DisabledChannelTest {

    @Inject
    EntityManager em;

    @AfterEach
    void stopEscalations() {
        Referrals.acknowledgeAllOpen();
    }

    @Test
    void aDeliveryQueuedForAChannelThatIsNowDisabledFailsWithAnAlertInsteadOfWaitingForever() {
        UUID caseId = UUID.randomUUID();
        produce(caseId.toString(), malignancy(UUID.randomUUID().toString(), caseId));
        String id = (String) referralOf(caseId).get("id");
        assertThat(deliveries(detail(id))).extracting(d -> d.get("channel")).containsOnly("EMAIL");
        // Queued while the webhook was configured, before a restart without it.
        UUID webhook = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into referral_delivery (id, "
                + "referral_id, channel, escalation_level, recipient, idempotency_key, status, attempts, next_attempt_at, "
                + "created_at, updated_at) values (:id, :referral, 'WEBHOOK', 0, 'https://pager.example/hook', :key, "
                + "'PENDING', 0, now(), now(), now())").setParameter("id", webhook)
                .setParameter("referral", UUID.fromString(id)).setParameter("key", "referral." + id + ".0")
                .executeUpdate());

        await().atMost(WAIT).until(() -> "FAILED".equals(webhookOf(id).get("status")));
        assertThat((String) webhookOf(id).get("lastError")).isEqualTo("the WEBHOOK channel is disabled");
        await().atMost(WAIT).untilAsserted(() -> assertThat(changes(caseId)).contains("DELIVERY_FAILED"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(Referrals.records("referral.delivery.dlq",
                caseId.toString())).singleElement().satisfies(r -> assertThat(Referrals.read(r.value())
                        .at("/data/deliveryId").asText()).isEqualTo(webhook.toString())));
        assertThat(detail(id).get("status")).isEqualTo("OPEN");
    }

    private static Map<String, Object> webhookOf(String referralId) {
        return deliveries(detail(referralId)).stream().filter(d -> "WEBHOOK".equals(d.get("channel"))).findFirst()
                .orElseThrow();
    }
}
