package org.spinepath.intake.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
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
class FailedCaseConsumerTest {

    @Test
    void aCaseWhoseSubmissionWasDeadLetteredIsMarkedFailedWithTheReason() {
        String caseId = given().auth().oauth2(Tokens.accessToken("clinician1")).contentType(ContentType.JSON)
                .body("{\"patient\":{\"ageYears\":41},\"presentation\":{\"painIntensity\":4}}")
                .post("/api/cases").then().statusCode(201).extract().path("id");
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", "case.submitted x carries an invalid case".getBytes(StandardCharsets.UTF_8));
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            kafka.produceStrings().fromRecords(
                    new ProducerRecord<>("case.submitted.dlq", null, "not-a-case-id", "garbage", headers),
                    new ProducerRecord<>("case.submitted.dlq", null, caseId, "{\"id\":\"x\"}", headers))
                    .awaitCompletion();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .auth().oauth2(Tokens.accessToken("clinician1")).get("/api/cases/" + caseId)
                .then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("failureReason", containsString("invalid case")));
    }
}
