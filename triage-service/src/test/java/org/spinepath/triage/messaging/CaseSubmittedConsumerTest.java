package org.spinepath.triage.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;
import org.spinepath.testing.Tokens;
import org.spinepath.triage.Vignettes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class CaseSubmittedConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    private String submittedEvent(String eventId, String caseId, String vignette) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:spinepath:intake-service",
                 "type":"org.spinepath.case.submitted","subject":"%s","time":"%s",
                 "datacontenttype":"application/json",
                 "data":{"caseId":"%s","submittedBy":"clinician1","submittedAt":"%s","case":%s}}"""
                .formatted(eventId, caseId, Instant.now(), caseId, Instant.now(), Vignettes.caseJson(vignette));
    }

    @Test
    void aCaseThroughKafkaGetsTheSameResultAsTheSynchronousCallOnceWithOneReferral() throws Exception {
        String caseId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            kafka.produceStrings().fromRecords(
                    new ProducerRecord<>("case.submitted", caseId, submittedEvent(eventId, caseId, "P04")),
                    new ProducerRecord<>("case.submitted", caseId, submittedEvent(eventId, caseId, "P04")))
                    .awaitCompletion();

            JsonNode completed = single(kafka, "triage.completed", caseId);
            JsonNode referral = single(kafka, "referral.requested", caseId);

            JsonNode synchronous = mapper.readTree(given().auth().oauth2(Tokens.accessToken("clinician1"))
                    .contentType(ContentType.JSON).body(Vignettes.caseJson("P04"))
                    .post("/api/triage/evaluate").then().statusCode(200).extract().asString());
            assertThat(completed.at("/data/result")).isEqualTo(synchronous);
            assertThat(completed.path("subject").asText()).isEqualTo(caseId);

            assertThat(referral.at("/data/level").asText()).isEqualTo("IMMEDIATE");
            assertThat(referral.at("/data/flags").findValuesAsText("flag")).contains("CAUDA_EQUINA");
            assertThat(referral.at("/data/caseLink").asText()).endsWith("/cases/" + caseId);
            assertThat(referral.at("/data").has("case")).as("no patient data beyond the referral's needs").isFalse();

            JsonNode stored = mapper.readTree(given().auth().oauth2(Tokens.accessToken("clinician1"))
                    .get("/api/triage/results/" + caseId).then().statusCode(200).extract().asString());
            assertThat(stored).isEqualTo(synchronous);
        }
    }

    @Test
    void aCaseAsTheIntakeOutboxPublishesItWithCloudEventHeadersIsTriaged() {
        String caseId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        Headers headers = new RecordHeaders()
                .add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8))
                .add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>("case.submitted", null, caseId,
                    submittedEvent(eventId, caseId, "P12"), headers)).awaitCompletion();

            assertThat(single(kafka, "triage.completed", caseId).at("/data/result/urgency").asText())
                    .isEqualTo("ROUTINE");
        }
    }

    @Test
    void aCaseWithoutRedFlagsIsTriagedWithoutAReferral() {
        String caseId = UUID.randomUUID().toString();
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>("case.submitted", caseId,
                    submittedEvent(UUID.randomUUID().toString(), caseId, "P01"))).awaitCompletion();

            JsonNode completed = single(kafka, "triage.completed", caseId);
            assertThat(completed.at("/data/result/urgency").asText()).isEqualTo("SELF_CARE");
            assertThat(byKey(kafka, "referral.requested", caseId)).isEmpty();
        }
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheNextCaseIsStillTriaged() {
        String poisonKey = UUID.randomUUID().toString();
        String caseId = UUID.randomUUID().toString();
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            kafka.produceStrings().fromRecords(
                    new ProducerRecord<>("case.submitted", poisonKey, "{\"specversion\":\"1.0\",\"id\":\"x-" + poisonKey
                            + "\",\"type\":\"org.spinepath.case.submitted\",\"data\":{\"caseId\":\"" + poisonKey
                            + "\",\"case\":{\"patient\":{\"ageYears\":500}}}}"),
                    new ProducerRecord<>("case.submitted", caseId,
                            submittedEvent(UUID.randomUUID().toString(), caseId, "P12")))
                    .awaitCompletion();

            var dead = kafka.consumeStrings().fromTopics("case.submitted.dlq").awaitRecords(1, WAIT);
            assertThat(dead.getRecords()).anySatisfy(r -> assertThat(r.key()).isEqualTo(poisonKey));
            assertThat(single(kafka, "triage.completed", caseId).at("/data/result/urgency").asText())
                    .isEqualTo("ROUTINE");
            given().auth().oauth2(Tokens.accessToken("clinician1")).get("/api/triage/results/" + poisonKey)
                    .then().statusCode(404);
        }
    }

    @Test
    void aCaseThatMeetsADatabaseFailureIsRetriedUntilTheDatabaseIsBackNotDeadLettered() {
        String caseId = UUID.randomUUID().toString();
        // A real failure of the real database: the table the triage result goes into is gone.
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("alter table triage_result rename to triage_result_away").executeUpdate());
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            try {
                kafka.produceStrings().fromRecords(new ProducerRecord<>("case.submitted", caseId,
                        submittedEvent(UUID.randomUUID().toString(), caseId, "P04"))).awaitCompletion();
                await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(5)).until(() -> true);
                assertThat(byKey(kafka, "triage.completed", caseId)).isEmpty();
            } finally {
                QuarkusTransaction.requiringNew().run(() -> em
                        .createNativeQuery("alter table triage_result_away rename to triage_result").executeUpdate());
            }

            assertThat(single(kafka, "triage.completed", caseId).at("/data/result/urgency").asText())
                    .isEqualTo("EMERGENCY");
            assertThat(byKey(kafka, "case.submitted.dlq", caseId)).as("a passing failure is never dead-lettered")
                    .isEmpty();
        }
    }

    private JsonNode single(KafkaCompanion kafka, String topic, String key) {
        await().atMost(WAIT).until(() -> !byKey(kafka, topic, key).isEmpty());
        // Give a duplicate the time it would need to appear before asserting there is none.
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        List<ConsumerRecord<String, String>> records = byKey(kafka, topic, key);
        assertThat(records).hasSize(1);
        try {
            return mapper.readTree(records.get(0).value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<ConsumerRecord<String, String>> byKey(KafkaCompanion kafka, String topic, String key) {
        return kafka.consumeStrings().fromTopics(topic, Duration.ofSeconds(2)).awaitCompletion().getRecords().stream()
                .filter(r -> key.equals(r.key())).toList();
    }
}
