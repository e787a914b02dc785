package org.spinepath.triage.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.ProducerRecord;
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
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * On-call staff read the triage result behind a referral sent to one of their routes, learnt from
 * referral.events; staff of other routes and other clinicians still get 404.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class OncallResultAccessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.accessToken(user));
    }

    private static void produce(String topic, String key, String value) {
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>(topic, key, value)).awaitCompletion(Duration.ofSeconds(60));
        }
    }

    private static String event(String id, String type, String source, String subject, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:spinepath:%s","type":"org.spinepath.%s",
                 "subject":"%s","time":"%s","datacontenttype":"application/json","data":%s}"""
                .formatted(id, source, type, subject, Instant.now(), data);
    }

    private boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from processed_event where event_id = :id").setParameter("id", eventId)
                .getSingleResult()).longValue() == 1);
    }

    @Test
    void onCallStaffOfTheReferredRouteReadTheResultAndStaffOfOtherRoutesDoNot() {
        String caseId = UUID.randomUUID().toString();
        produce("case.submitted", caseId, event(UUID.randomUUID().toString(), "case.submitted", "intake-service",
                caseId, """
                        {"caseId":"%s","submittedBy":"clinician1","submittedAt":"%s",
                         "careTeams":["/teams/spinal-orthopaedics"],"case":%s}"""
                        .formatted(caseId, Instant.now(), Vignettes.caseJson("P04"))));
        await().atMost(Duration.ofSeconds(60)).until(() -> as("clinician1").get("/api/triage/results/" + caseId)
                .statusCode() == 200);
        as("oncall1").get("/api/triage/results/" + caseId).then().statusCode(404);

        String referralEvent = UUID.randomUUID().toString();
        produce("referral.events", caseId, event(referralEvent, "referral.events", "notification-service", caseId, """
                {"referralId":"%s","caseId":"%s","level":"IMMEDIATE","urgency":"EMERGENCY","change":"REQUESTED",
                 "status":"OPEN","escalationLevel":0,"routes":["immediate"],"occurredAt":"%s"}"""
                .formatted(UUID.randomUUID(), caseId, Instant.now())));
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(referralEvent));

        as("oncall1").get("/api/triage/results/" + caseId).then().statusCode(200)
                .body("urgency", equalTo("EMERGENCY"));
        for (String outsider : new String[] { "oncall3", "clinician2", "admin1" }) {
            as(outsider).get("/api/triage/results/" + caseId).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        List<JsonNode> reads = await().atMost(Duration.ofSeconds(90)).until(() -> auditOf(caseId).stream()
                .filter(e -> "oncall1".equals(e.at("/data/agent/0/who/identifier/value").asText()))
                .filter(e -> "0".equals(e.at("/data/outcome").asText())).toList(), r -> !r.isEmpty());
        assertThat(reads.get(0).at("/data/agent/0/policy/0").asText())
                .isEqualTo("urn:spinepath:access:ON_CALL_ROUTE");
    }

    private static List<JsonNode> auditOf(String caseId) {
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            return kafka.consumeStrings().fromTopics("audit.events", Duration.ofSeconds(5))
                    .awaitCompletion(Duration.ofSeconds(20)).getRecords().stream()
                    .filter(r -> caseId.equals(r.key())).map(r -> read(r.value())).filter(Objects::nonNull).toList();
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }
}
