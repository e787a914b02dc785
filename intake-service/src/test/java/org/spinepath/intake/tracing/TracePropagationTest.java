package org.spinepath.intake.tracing;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.spinepath.common.outbox.OutboxEvent;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;
import org.spinepath.testing.Tokens;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * One case is one trace: the request's trace context is stored with the outbox row, sent on in the
 * record's traceparent header by the relay, and continued by a consumer reading such a record.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class TracePropagationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theCaseSubmittedEventCarriesTheTraceOfThePostThatCreatedIt() {
        String traceId = hex(16);
        String callerSpan = hex(8);
        String caseId = given().auth().oauth2(Tokens.accessToken("clinician1"))
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .contentType(ContentType.JSON)
                .body("{\"patient\":{\"ageYears\":52},\"presentation\":{\"painIntensity\":5}}")
                .post("/api/cases").then().statusCode(201).extract().path("id");

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) OutboxEvent.getEntityManager()
                .createNativeQuery("select traceparent from outbox_event where message_key = :key and topic = 'case.submitted'")
                .setParameter("key", caseId).getSingleResult());
        assertThat(stored).as("the outbox row names the request's trace").startsWith("00-" + traceId + "-")
                .doesNotContain(callerSpan);

        ConsumerRecord<String, String> record;
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            record = await().atMost(WAIT).until(() -> kafka.consumeStrings()
                    .fromTopics("case.submitted", Duration.ofSeconds(2)).awaitCompletion().getRecords().stream()
                    .filter(r -> caseId.equals(r.key())).findFirst().orElse(null), Objects::nonNull);
        }
        String header = new String(record.headers().lastHeader("traceparent").value(), UTF_8);
        assertThat(header).startsWith("00-" + traceId + "-");

        await().atMost(WAIT).untilAsserted(() -> {
            List<SpanData> trace = spans.getFinishedSpanItems().stream()
                    .filter(s -> s.getTraceId().equals(traceId)).toList();
            assertThat(trace).as("the request's server span continues the caller's trace").anySatisfy(server -> {
                assertThat(server.getKind()).isEqualTo(SpanKind.SERVER);
                assertThat(server.getParentSpanId()).isEqualTo(callerSpan);
            });
            assertThat(trace).as("the relay's publish span is the one the record's header names").anySatisfy(publish -> {
                assertThat(publish.getName()).isEqualTo("case.submitted publish");
                assertThat(publish.getKind()).isEqualTo(SpanKind.PRODUCER);
                assertThat(header).isEqualTo("00-" + traceId + "-" + publish.getSpanId() + "-01");
            });
        });
    }

    @Test
    void aConsumerContinuesTheTraceOfTheRecordItReads() {
        String caseId = given().auth().oauth2(Tokens.accessToken("clinician1")).contentType(ContentType.JSON)
                .body("{\"patient\":{\"ageYears\":33},\"presentation\":{\"painIntensity\":3}}")
                .post("/api/cases").then().statusCode(201).extract().path("id");
        String traceId = hex(16);
        String producerSpan = hex(8);
        String event = """
                {"specversion":"1.0","id":"%s","source":"urn:spinepath:triage-service",
                 "type":"org.spinepath.triage.completed","subject":"%s","time":"%s",
                 "datacontenttype":"application/json",
                 "data":{"caseId":"%s","evaluatedAt":"%s",
                         "result":{"urgency":"ROUTINE","rulesetVersion":"test-1","flags":[]}}}"""
                .formatted(UUID.randomUUID(), caseId, Instant.now(), caseId, Instant.now());
        RecordHeaders headers = new RecordHeaders();
        headers.add("traceparent", ("00-" + traceId + "-" + producerSpan + "-01").getBytes(UTF_8));
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>("triage.completed", null, caseId, event, headers))
                    .awaitCompletion();
        }

        await().atMost(WAIT).untilAsserted(() -> assertThat(spans.getFinishedSpanItems())
                .filteredOn(s -> s.getTraceId().equals(traceId))
                .anySatisfy(process -> {
                    assertThat(process.getName()).isEqualTo("triage.completed process");
                    assertThat(process.getKind()).isEqualTo(SpanKind.CONSUMER);
                    assertThat(process.getParentSpanId()).isEqualTo(producerSpan);
                }));
    }

    private static String hex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        value[0] |= 1;
        return HexFormat.of().formatHex(value);
    }
}
