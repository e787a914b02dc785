package org.spinepath.triage.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;
import org.spinepath.testing.Tokens;
import org.spinepath.triage.Vignettes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The access rule on stored triage results: the owner and care team carried by case.submitted,
 * 404 for everyone else, break-glass; an event without them (version 1) opens only by break-glass.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ResultAccessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.accessToken(user));
    }

    private static String submitted(String caseId, String careTeams) {
        String teams = careTeams == null ? "" : "\"careTeams\":" + careTeams + ",";
        return """
                {"specversion":"1.0","id":"%s","source":"urn:spinepath:intake-service",
                 "type":"org.spinepath.case.submitted","subject":"%s","time":"%s","datacontenttype":"application/json",
                 "data":{"caseId":"%s","submittedBy":"clinician1","submittedAt":"%s",%s"case":%s}}"""
                .formatted(UUID.randomUUID(), caseId, Instant.now(), caseId, Instant.now(), teams,
                        Vignettes.caseJson("P04"));
    }

    private static void triage(String caseId, String careTeams) {
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>("case.submitted", caseId,
                    submitted(caseId, careTeams))).awaitCompletion();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> as("clinician1").header("X-Break-Glass-Reason", "test set-up")
                .get("/api/triage/results/" + caseId).statusCode() == 200);
    }

    @Test
    void theOwnerAndTheCareTeamReadTheResultAndOthersGetNotFound() {
        String caseId = UUID.randomUUID().toString();
        triage(caseId, "[\"/teams/spinal-orthopaedics\"]");
        as("clinician1").get("/api/triage/results/" + caseId).then().statusCode(200)
                .body("urgency", equalTo("EMERGENCY")).header("Cache-Control", "no-store");
        as("clinician3").get("/api/triage/results/" + caseId).then().statusCode(200);
        for (String outsider : new String[] { "clinician2", "admin1", "oncall1" }) {
            as(outsider).get("/api/triage/results/" + caseId).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        as("auditor1").get("/api/triage/results/" + caseId).then().statusCode(403);
        as("clinician2").header("X-Break-Glass-Reason", "second opinion requested by phone")
                .get("/api/triage/results/" + caseId).then().statusCode(200);

        List<JsonNode> audit = records("audit.events", caseId, 7);
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.at("/data/action").asText()).isEqualTo("C");
            assertThat(e.at("/data/agent/0/who/identifier/value").asText()).isEqualTo("system:triage-service");
        });
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.at("/data/agent/0/who/identifier/value").asText()).isEqualTo("clinician2");
            assertThat(e.at("/data/outcome").asText()).isEqualTo("4");
        });
        assertThat(records("security.alerts", caseId, 1)).anySatisfy(
                a -> assertThat(a.at("/data/reason").asText()).isEqualTo("second opinion requested by phone"));
    }

    @Test
    void aResultFromAVersionOneEventHasNoTeamSoOnlyItsSubmitterOrBreakGlassOpensIt() {
        String caseId = UUID.randomUUID().toString();
        triage(caseId, null);
        as("clinician1").get("/api/triage/results/" + caseId).then().statusCode(200);
        as("clinician3").get("/api/triage/results/" + caseId).then().statusCode(404);
    }

    @Test
    void theReferralRequestCarriesWhoseCaseItIs() {
        String caseId = UUID.randomUUID().toString();
        triage(caseId, "[\"/teams/spinal-orthopaedics\"]");
        JsonNode referral = records("referral.requested", caseId, 1).get(0);
        assertThat(referral.at("/data/submittedBy").asText()).isEqualTo("clinician1");
        assertThat(referral.at("/data/careTeams/0").asText()).isEqualTo("/teams/spinal-orthopaedics");
    }

    private static List<JsonNode> records(String topic, String key, int atLeast) {
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            return await().atMost(Duration.ofSeconds(90)).until(
                    () -> kafka.consumeStrings().fromTopics(topic, Duration.ofSeconds(5))
                            .awaitCompletion(Duration.ofSeconds(20))
                            .getRecords().stream().filter(r -> key.equals(r.key())).map(r -> read(r.value())).toList(),
                    found -> found.size() >= atLeast);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
