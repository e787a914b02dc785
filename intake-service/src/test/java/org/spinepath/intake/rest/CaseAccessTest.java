package org.spinepath.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;
import org.spinepath.testing.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** The access rule on cases (docs/security.md): owner and care team, 404 for anyone else, break-glass. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class CaseAccessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CASE = """
            {"patient":{"ageYears":52,"sex":"MALE"},"presentation":{"painIntensity":4,"onset":"ACUTE"}}""";

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.accessToken(user));
    }

    private static String submitAs(String user) {
        return as(user).contentType(ContentType.JSON).body(CASE).post("/api/cases").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void theSubmitterAndTheirCareTeamSeeTheCaseAndEveryoneElseGetsNotFound() {
        String id = submitAs("clinician1");
        as("clinician1").get("/api/cases/" + id).then().statusCode(200).header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
        as("clinician3").get("/api/cases/" + id).then().statusCode(200).body("submittedBy", equalTo("clinician1"));

        String unknown = java.util.UUID.randomUUID().toString();
        String missing = as("clinician2").get("/api/cases/" + unknown).then().statusCode(404)
                .contentType("application/problem+json").extract().path("title");
        for (String outsider : new String[] { "clinician2", "admin1", "oncall1" }) {
            as(outsider).get("/api/cases/" + id).then().statusCode(404).contentType("application/problem+json")
                    .body("title", equalTo(missing));
        }
        as("auditor1").get("/api/cases/" + id).then().statusCode(403);
        as("editor1").get("/api/cases/" + id).then().statusCode(403);
    }

    @Test
    void listsHoldTheCallersOwnAndTheirTeamsCasesOnly() {
        String id = submitAs("clinician1");
        String other = submitAs("clinician2");
        List<String> teamList = as("clinician3").get("/api/cases?size=100").then().statusCode(200).extract()
                .jsonPath().getList("id");
        assertThat(teamList).contains(id).doesNotContain(other);
        List<String> outsiderList = as("clinician2").get("/api/cases?size=100").then().statusCode(200).extract()
                .jsonPath().getList("id");
        assertThat(outsiderList).contains(other).doesNotContain(id);
    }

    @Test
    void breakingTheGlassOpensTheCaseAndIsAuditedWithTheReasonAndAlerted() {
        String id = submitAs("clinician1");
        as("clinician2").header("X-Break-Glass-Reason", "covering the spinal ward tonight")
                .get("/api/cases/" + id).then().statusCode(200).body("id", equalTo(id));
        as("clinician2").header("X-Break-Glass-Reason", "x".repeat(501)).get("/api/cases/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("X-Break-Glass-Reason"));

        List<JsonNode> audit = awaitRecords("audit.events", id, 2);
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.at("/data/action").asText()).isEqualTo("C");
            assertThat(e.at("/data/agent/0/who/identifier/value").asText()).isEqualTo("clinician1");
        });
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.at("/data/action").asText()).isEqualTo("R");
            assertThat(e.at("/data/purposeOfEvent/0/coding/0/code").asText()).isEqualTo("BTG");
            assertThat(e.at("/data/entity/0/detail/0/valueString").asText())
                    .isEqualTo("covering the spinal ward tonight");
        });
        JsonNode alert = awaitRecords("security.alerts", id, 1).get(0);
        assertThat(alert.at("/data/user").asText()).isEqualTo("clinician2");
        assertThat(alert.at("/data/reason").asText()).isEqualTo("covering the spinal ward tonight");
    }

    @Test
    void everyReadAndEveryRefusalIsAudited() {
        String id = submitAs("clinician1");
        as("clinician3").get("/api/cases/" + id).then().statusCode(200);
        as("clinician2").get("/api/cases/" + id).then().statusCode(404);
        List<JsonNode> audit = awaitRecords("audit.events", id, 3);
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.at("/data/agent/0/who/identifier/value").asText()).isEqualTo("clinician3");
            assertThat(e.at("/data/outcome").asText()).isEqualTo("0");
            assertThat(e.at("/data/agent/0/policy/0").asText()).endsWith("CARE_TEAM");
        });
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.at("/data/agent/0/who/identifier/value").asText()).isEqualTo("clinician2");
            assertThat(e.at("/data/outcome").asText()).isEqualTo("4");
        });
    }

    @Test
    void theCaseEventCarriesTheSubmittersCareTeams() {
        String id = submitAs("clinician1");
        JsonNode event = awaitRecords("case.submitted", id, 1).get(0);
        assertThat(event.at("/data/submittedBy").asText()).isEqualTo("clinician1");
        assertThat(event.at("/data/careTeams/0").asText()).isEqualTo("/teams/spinal-orthopaedics");
    }

    private static List<JsonNode> awaitRecords(String topic, String key, int atLeast) {
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            return await().atMost(Duration.ofSeconds(90)).until(
                    () -> kafka.consumeStrings().fromTopics(topic, Duration.ofSeconds(5))
                            .awaitCompletion(Duration.ofSeconds(20))
                            .getRecords().stream().filter(r -> key.equals(r.key())).map(r -> read(r.value()))
                            .filter(Objects::nonNull).toList(),
                    records -> records.size() >= atLeast);
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
