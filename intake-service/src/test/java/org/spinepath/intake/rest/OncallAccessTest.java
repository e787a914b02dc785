package org.spinepath.intake.rest;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * On-call staff read the case behind a referral sent to one of their routes (docs/security.md):
 * intake learns the routes from referral.events, once per event, and nobody else gains access.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class OncallAccessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CASE = """
            {"patient":{"ageYears":52,"sex":"MALE"},"presentation":{"painIntensity":4,"onset":"ACUTE"}}""";

    @Inject
    EntityManager em;

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.accessToken(user));
    }

    private static String submitAs(String user) {
        return as(user).contentType(ContentType.JSON).body(CASE).post("/api/cases").then().statusCode(201)
                .extract().path("id");
    }

    /** A referral.events event as notification-service publishes it. */
    private static void referralEvent(String eventId, String caseId, String routes) {
        String data = """
                {"referralId":"%s","caseId":"%s","level":"IMMEDIATE","urgency":"EMERGENCY","change":"REQUESTED",
                 "status":"OPEN","escalationLevel":0,"routes":%s,"occurredAt":"%s"}"""
                .formatted(UUID.randomUUID(), caseId, routes, Instant.now());
        String event = """
                {"specversion":"1.0","id":"%s","source":"urn:spinepath:notification-service",
                 "type":"org.spinepath.referral.events","subject":"%s","time":"%s",
                 "datacontenttype":"application/json","data":%s}""".formatted(eventId, caseId, Instant.now(), data);
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>("referral.events", caseId, event))
                    .awaitCompletion(Duration.ofSeconds(60));
        }
    }

    private boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from processed_event where event_id = :id").setParameter("id", eventId)
                .getSingleResult()).longValue() == 1);
    }

    @Test
    void onCallStaffOfTheRouteReadTheReferredCaseWithoutBreakingTheGlassAndNobodyElseDoes() {
        String id = submitAs("clinician1");
        as("oncall1").get("/api/cases/" + id).then().statusCode(404);

        String requested = UUID.randomUUID().toString();
        referralEvent(requested, id, "[\"immediate\"]");
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(requested));

        as("oncall1").get("/api/cases/" + id).then().statusCode(200).body("id", equalTo(id));
        as("oncall2").get("/api/cases/" + id).then().statusCode(200);
        for (String outsider : new String[] { "oncall3", "clinician2", "admin1" }) {
            as(outsider).get("/api/cases/" + id).then().statusCode(404).contentType("application/problem+json");
        }

        // A redelivery is applied once: the same event id naming another route changes nothing.
        referralEvent(requested, id, "[\"vascular\"]");
        String later = UUID.randomUUID().toString();
        referralEvent(later, id, "[\"immediate\"]");
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(later));
        as("oncall3").get("/api/cases/" + id).then().statusCode(404);

        List<JsonNode> audit = awaitRecords("audit.events", id, r -> "oncall1".equals(
                r.at("/data/agent/0/who/identifier/value").asText()) && "0".equals(r.at("/data/outcome").asText()));
        JsonNode read = audit.get(0);
        assertThat(read.at("/data/agent/0/policy/0").asText()).isEqualTo("urn:spinepath:access:ON_CALL_ROUTE");
        assertThat(read.at("/data/purposeOfEvent/0/coding/0/code").asText()).isEqualTo("TREAT");
        assertThat(awaitRecords("audit.events", id, r -> "oncall3".equals(
                r.at("/data/agent/0/who/identifier/value").asText())).get(0).at("/data/outcome").asText())
                .isEqualTo("4");
    }

    @Test
    void aReferralEventNamingAnInvalidRouteIsDeadLetteredAndGrantsNothing() {
        String id = submitAs("clinician1");
        referralEvent(UUID.randomUUID().toString(), id, "[\"../teams/neurosurgery\"]");
        assertThat(awaitRecords("referral.events.dlq", id, r -> true)).isNotEmpty();
        as("oncall1").get("/api/cases/" + id).then().statusCode(404);
    }

    private static List<JsonNode> awaitRecords(String topic, String key, java.util.function.Predicate<JsonNode> match) {
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            return await().atMost(Duration.ofSeconds(90)).until(
                    () -> kafka.consumeStrings().fromTopics(topic, Duration.ofSeconds(5))
                            .awaitCompletion(Duration.ofSeconds(20))
                            .getRecords().stream().filter(r -> key.equals(r.key())).map(r -> read(r.value()))
                            .filter(Objects::nonNull).filter(match).toList(),
                    records -> !records.isEmpty());
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
