package org.spinepath.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.spinepath.common.outbox.OutboxEvent;
import org.spinepath.intake.domain.PatientCase;
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
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class CaseResourceTest {

    private static final String CASE = """
            {"patient":{"ageYears":45,"sex":"FEMALE"},
             "presentation":{"painIntensity":6,"onset":"ACUTE"},
             "neurology":{"saddleAnesthesia":true,"bladderDysfunction":"NONE"}}""";

    @Inject
    ObjectMapper mapper;

    private static String clinician() {
        return Tokens.accessToken("clinician1");
    }

    @Test
    void aValidCaseIsStoredAndAnnouncedOnKafkaKeyedByItsId() throws Exception {
        String id = given().auth().oauth2(clinician()).contentType(ContentType.JSON).body(CASE)
                .post("/api/cases")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/cases/"))
                .body("status", equalTo("SUBMITTED"))
                .body("case.neurology.saddleAnesthesia", equalTo(true))
                .extract().path("id");

        given().auth().oauth2(clinician()).get("/api/cases/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("submittedBy", equalTo("clinician1"));

        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            JsonNode event = await().atMost(Duration.ofSeconds(30)).until(
                    () -> kafka.consumeStrings().fromTopics("case.submitted", Duration.ofSeconds(2)).awaitCompletion()
                            .getRecords().stream().filter(r -> id.equals(r.key())).map(r -> read(r.value()))
                            .findFirst().orElse(null),
                    java.util.Objects::nonNull);
            assertThat(event.path("type").asText()).isEqualTo("org.spinepath.case.submitted");
            assertThat(event.path("subject").asText()).isEqualTo(id);
            assertThat(event.at("/data/caseId").asText()).isEqualTo(id);
            assertThat(event.at("/data/case/neurology/saddleAnesthesia").asBoolean()).isTrue();
        }
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstCase() {
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(clinician()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(CASE)
                .post("/api/cases").then().statusCode(201).extract().path("id");
        long before = countCases();

        given().auth().oauth2(clinician()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(CASE)
                .post("/api/cases").then().statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));

        assertThat(countCases()).isEqualTo(before);
    }

    @Test
    void concurrentRetriesWithTheSameIdempotencyKeyAllGetTheOneCase() throws Exception {
        String key = UUID.randomUUID().toString();
        String token = clinician();
        long before = countCases();
        int clients = 8;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        try {
            java.util.List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).header("Idempotency-Key", key)
                            .contentType(ContentType.JSON).body(CASE).post("/api/cases");
                }));
            }
            start.countDown();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var answer : answers) {
                io.restassured.response.Response response = answer.get();
                assertThat(response.statusCode()).as(response.asString()).isIn(200, 201);
                ids.add(response.path("id"));
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(countCases()).isEqualTo(before + 1);
    }

    @Test
    void theSameIdempotencyKeyWithADifferentCaseIsRefused() {
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(clinician()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(CASE).post("/api/cases").then().statusCode(201);

        given().auth().oauth2(clinician()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{\"patient\":{\"ageYears\":70}}")
                .post("/api/cases").then().statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void invalidCasesGetProblemDetailsNamingTheFieldAndAreNotStored() {
        long cases = countCases();
        long events = countOutbox();

        given().auth().oauth2(clinician()).contentType(ContentType.JSON).body("{\"presentation\":{\"painIntensity\":4}}")
                .post("/api/cases").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("patient"));
        given().auth().oauth2(clinician()).contentType(ContentType.JSON)
                .body("{\"patient\":{\"ageYears\":40},\"presentation\":{\"painIntensity\":11}}")
                .post("/api/cases").then().statusCode(400)
                .body("errors.field", hasItem("presentation.painIntensity"));
        given().auth().oauth2(clinician()).contentType(ContentType.JSON)
                .body("{\"patient\":{\"ageYears\":40},\"neurology\":{\"motorWeakness\":\"SEVERE\"}}")
                .post("/api/cases").then().statusCode(400)
                .body("errors.field", hasItem("neurology.motorWeakness"));
        given().auth().oauth2(clinician()).contentType(ContentType.JSON)
                .body("{\"patient\":{\"ageYears\":40,\"saddle\":true}}")
                .post("/api/cases").then().statusCode(400)
                .body("errors.field", hasItem("patient.saddle"));
        given().auth().oauth2(clinician()).contentType(ContentType.JSON).body("{\"patient\":")
                .post("/api/cases").then().statusCode(400).contentType("application/problem+json");

        assertThat(countCases()).isEqualTo(cases);
        assertThat(countOutbox()).isEqualTo(events);
    }

    @Test
    void anUnknownCaseIs404() {
        given().auth().oauth2(clinician()).get("/api/cases/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void rolesDecideWhoMayDoWhat() {
        given().contentType(ContentType.JSON).body(CASE).post("/api/cases").then().statusCode(401);
        given().auth().oauth2(Tokens.accessToken("oncall1")).contentType(ContentType.JSON).body(CASE)
                .post("/api/cases").then().statusCode(403);
        given().auth().oauth2(clinician()).get("/api/admin/outbox").then().statusCode(403);
        given().auth().oauth2(Tokens.accessToken("admin1")).get("/api/admin/outbox").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static long countCases() {
        return QuarkusTransaction.requiringNew().call(() -> PatientCase.count());
    }

    private static long countOutbox() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
    }
}
