package org.spinepath.intake.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.spinepath.common.events.CloudEvent;
import org.spinepath.common.outbox.Outbox;
import org.spinepath.common.outbox.OutboxEvent;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The outbox relay against real PostgreSQL and Kafka: a row Kafka refuses holds back only later
 * rows of its own key and is parked after max-attempts (3 in tests); rows are published in commit
 * order, not in the order their ids were handed out.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class OutboxRelayTest {

    private static final String TOPIC = "outbox.relay.test";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;

    @Inject
    MeterRegistry registry;

    @Test
    void aRowKafkaRefusesBlocksOnlyItsOwnKeyAndIsParked() {
        String stuckKey = "stuck-" + UUID.randomUUID();
        String otherKey = "other-" + UUID.randomUUID();
        // Larger than the producer's max.request.size (1 MB): Kafka refuses it every time.
        CloudEvent stuck = QuarkusTransaction.requiringNew().call(
                () -> outbox.publish(TOPIC, stuckKey, Map.of("blob", "x".repeat(2_000_000))));
        CloudEvent behindStuck = QuarkusTransaction.requiringNew().call(
                () -> outbox.publish(TOPIC, stuckKey, Map.of("n", 2)));
        CloudEvent other = QuarkusTransaction.requiringNew().call(
                () -> outbox.publish(TOPIC, otherKey, Map.of("n", 3)));

        await().atMost(WAIT).until(() -> !byKey(otherKey).isEmpty());
        await().atMost(WAIT).until(() -> row(stuck.id()).parkedAt() != null);

        RowState parked = row(stuck.id());
        assertThat(parked.publishedAt()).isNull();
        assertThat(parked.attempts()).isEqualTo(3);
        assertThat(parked.lastError()).isNotBlank();
        assertThat(row(other.id()).publishedAt()).isNotNull();
        assertThat(row(behindStuck.id()).publishedAt()).as("a later row of the parked key waits behind it").isNull();
        assertThat(row(behindStuck.id()).attempts()).as("and is not even attempted").isZero();
        assertThat(byKey(stuckKey)).isEmpty();
        // The backlog gauges are recounted at most every gauge-interval, but a parking recounts at
        // once: the alert must not wait for the interval.
        await().atMost(Duration.ofSeconds(2)).until(() -> registry.get("spinepath.outbox.parked").gauge().value() >= 1);
    }

    @Test
    void rowsArePublishedInCommitOrderNotIdOrder() throws Exception {
        String key = "order-" + UUID.randomUUID();
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        // The first transaction takes the lower id, then stays open while a second one commits.
        CompletableFuture<CloudEvent> first = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                .call(() -> {
                    CloudEvent event = outbox.publish(TOPIC, key, Map.of("n", 1));
                    OutboxEvent.getEntityManager().flush();
                    firstWritten.countDown();
                    assertThat(commitFirst.await(30, TimeUnit.SECONDS)).isTrue();
                    return event;
                }));
        assertThat(firstWritten.await(30, TimeUnit.SECONDS)).isTrue();
        CloudEvent second = QuarkusTransaction.requiringNew().call(() -> outbox.publish(TOPIC, key, Map.of("n", 2)));

        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(row(second.id()).publishedAt())
                .as("a row must not overtake an earlier row whose transaction is still open").isNull();

        commitFirst.countDown();
        CloudEvent firstEvent = first.get(30, TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> byKey(key).size() == 2);
        List<String> order = byKey(key).stream().map(r -> new String(r.headers().lastHeader("ce_id").value()))
                .toList();
        assertThat(order).containsExactly(firstEvent.id(), second.id());
    }

    record RowState(java.time.Instant publishedAt, java.time.Instant parkedAt, int attempts, String lastError) {
    }

    private static RowState row(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] r = (Object[]) OutboxEvent.getEntityManager().createNativeQuery(
                    "select published_at, parked_at, attempts, last_error from outbox_event where event_id = :id")
                    .setParameter("id", eventId).getSingleResult();
            return new RowState(instant(r[0]), instant(r[1]), ((Number) r[2]).intValue(), (String) r[3]);
        });
    }

    private static java.time.Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.time.Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private static List<ConsumerRecord<String, String>> byKey(String key) {
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            return kafka.consumeStrings().fromTopics(TOPIC, Duration.ofSeconds(2)).awaitCompletion().getRecords()
                    .stream().filter(r -> key.equals(r.key())).toList();
        }
    }
}
