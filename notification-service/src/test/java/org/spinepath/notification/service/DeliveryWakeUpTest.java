package org.spinepath.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.spinepath.notification.support.Referrals.METASTASIS_COORDINATOR;
import static org.spinepath.notification.support.Referrals.ONCOLOGY;
import static org.spinepath.notification.support.Referrals.WAIT;
import static org.spinepath.notification.support.Referrals.awaitMails;
import static org.spinepath.notification.support.Referrals.changes;
import static org.spinepath.notification.support.Referrals.deliveries;
import static org.spinepath.notification.support.Referrals.detail;
import static org.spinepath.notification.support.Referrals.mailsAbout;
import static org.spinepath.notification.support.Referrals.malignancy;
import static org.spinepath.notification.support.Referrals.produce;
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
import org.spinepath.testing.PostgresTestResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The sender is woken by the commit of the transaction that queued deliveries, not only by its
 * poll: with a poll of an hour, a referral's emails still go out, each claimed, sent and recorded
 * once although the email lanes send side by side.
 */
@QuarkusTest
@TestProfile(DeliveryWakeUpTest.HourlyPoll.class)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(value = KeycloakTestResource.class, initArgs = @ResourceArg(name = "client", value = "notification-service"))
@WithTestResource(SmtpGateResource.class)
@WithTestResource(HttpReceiverResource.class)
class DeliveryWakeUpTest {

    /** The sender polls once, a second after start, and then not again during the test. */
    public static class HourlyPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("spinepath.notification.delivery.poll-interval", "1h");
        }
    }

    @AfterEach
    void stopEscalations() {
        Referrals.acknowledgeAllOpen();
    }

    @Test
    void aReferralsEmailsLeaveWhenItsTransactionCommitsWithoutWaitingForThePoll() {
        // Let the one poll of the test run pass first, so that only a wake-up can send what follows.
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
        UUID caseId = UUID.randomUUID();
        produce(caseId.toString(), malignancy(UUID.randomUUID().toString(), caseId));

        awaitMails(ONCOLOGY, caseId, 1);
        awaitMails(METASTASIS_COORDINATOR, caseId, 1);
        String id = (String) referralOf(caseId).get("id");
        await().atMost(WAIT).until(() -> emails(detail(id)).stream().allMatch(d -> "DELIVERED".equals(d.get("status"))));

        List<Map<String, Object>> emails = emails(detail(id));
        assertThat(emails).hasSize(2).allSatisfy(d -> assertThat(d.get("attempts")).isEqualTo(1));
        assertThat(mailsAbout(ONCOLOGY, caseId)).hasSize(1);
        assertThat(mailsAbout(METASTASIS_COORDINATOR, caseId)).hasSize(1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(changes(caseId)).filteredOn("DELIVERED"::equals)
                .hasSizeGreaterThanOrEqualTo(2));
    }

    private static List<Map<String, Object>> emails(Map<String, Object> referral) {
        return deliveries(referral).stream().filter(d -> "EMAIL".equals(d.get("channel"))).toList();
    }
}
