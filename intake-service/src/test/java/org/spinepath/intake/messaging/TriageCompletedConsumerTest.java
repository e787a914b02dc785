package org.spinepath.intake.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;
import org.spinepath.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class TriageCompletedConsumerTest {

    private static String event(String eventId, String caseId, String urgency) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:spinepath:triage-service",
                 "type":"org.spinepath.triage.completed","subject":"%s","time":"%s",
                 "datacontenttype":"application/json",
                 "data":{"caseId":"%s","evaluatedAt":"%s",
                         "result":{"urgency":"%s","rulesetVersion":"test-1","flags":[]}}}"""
                .formatted(eventId, caseId, Instant.now(), caseId, Instant.now(), urgency);
    }

    private static String submitCase() {
        return given().auth().oauth2(Tokens.accessToken("clinician1")).contentType(ContentType.JSON)
                .body("{\"patient\":{\"ageYears\":33},\"presentation\":{\"painIntensity\":3}}")
                .post("/api/cases").then().statusCode(201).extract().path("id");
    }

    @Test
    void aTriageResultUpdatesTheCaseAndARedeliveryChangesNothing() {
        String caseId = submitCase();
        String eventId = UUID.randomUUID().toString();
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>("triage.completed", caseId,
                    event(eventId, caseId, "ROUTINE"))).awaitCompletion();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                    .auth().oauth2(Tokens.accessToken("clinician1")).get("/api/cases/" + caseId)
                    .then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("TRIAGED"))
                    .body("result.urgency", org.hamcrest.Matchers.equalTo("ROUTINE"))
                    .body("rulesetVersion", org.hamcrest.Matchers.equalTo("test-1")));

            // The same event id again, carrying a different body: the ledger must drop it.
            kafka.produceStrings().fromRecords(new ProducerRecord<>("triage.completed", caseId,
                    event(eventId, caseId, "EMERGENCY"))).awaitCompletion();
            String marker = submitCase();
            String markerEvent = UUID.randomUUID().toString();
            kafka.produceStrings().fromRecords(new ProducerRecord<>("triage.completed", marker,
                    event(markerEvent, marker, "SOON"))).awaitCompletion();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                    .auth().oauth2(Tokens.accessToken("clinician1")).get("/api/cases/" + marker)
                    .then().body("status", org.hamcrest.Matchers.equalTo("TRIAGED")));

            String urgency = given().auth().oauth2(Tokens.accessToken("clinician1")).get("/api/cases/" + caseId)
                    .then().extract().path("result.urgency");
            assertThat(urgency).isEqualTo("ROUTINE");
        }
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndDoesNotBlockTheNextOne() {
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            String poisonKey = "poison-" + UUID.randomUUID();
            kafka.produceStrings().fromRecords(new ProducerRecord<>("triage.completed", poisonKey, "{not json"))
                    .awaitCompletion();
            String caseId = submitCase();
            kafka.produceStrings().fromRecords(new ProducerRecord<>("triage.completed", caseId,
                    event(UUID.randomUUID().toString(), caseId, "SOON"))).awaitCompletion();

            var dead = kafka.consumeStrings().fromTopics("triage.completed.dlq")
                    .awaitRecords(1, Duration.ofSeconds(30));
            assertThat(dead.getRecords()).anySatisfy(r -> assertThat(r.key()).isEqualTo(poisonKey));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                    .auth().oauth2(Tokens.accessToken("clinician1")).get("/api/cases/" + caseId)
                    .then().body("status", org.hamcrest.Matchers.equalTo("TRIAGED")));
        }
    }
}
