package org.spinepath.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A case travels the whole platform: intake → case.submitted → triage → triage.completed and
 * referral.requested → notification → an email in the SMTP server. Everything is real: Kafka,
 * PostgreSQL, Keycloak, SMTP and the four service images.
 */
class ReferralFlowIT {

    private static final Duration FLOW = Duration.ofSeconds(60);
    /** After the expected email arrived, how long a duplicate would have had to show up. */
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private static Platform platform;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.get();
    }

    @Test
    void caudaEquinaIsTriagedAsAnEmergencyAndReferredByExactlyOneEmail() {
        String caseId = submit(Vignettes.caseJson("P04"));

        given().auth().oauth2(platform.token("clinician1"))
                .get(platform.intakeUrl() + "/api/cases/" + caseId)
                .then().statusCode(200);

        JsonNode completed = single(Platform.TRIAGE_COMPLETED, caseId);
        assertThat(completed.at("/data/result/urgency").asText()).isEqualTo("EMERGENCY");
        assertThat(flagsOf(completed.at("/data/result"))).contains("CAUDA_EQUINA");

        JsonNode referral = single(Platform.REFERRAL_REQUESTED, caseId);
        assertThat(referral.at("/data/level").asText()).isEqualTo("IMMEDIATE");

        List<Platform.Mail> mails = platform.awaitMails(caseId, 1, FLOW);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).contains(caseId).contains("IMMEDIATE");
        assertThat(mails.get(0).body()).contains("CAUDA_EQUINA");
        assertExactlyOneMailAfterSettling(caseId);

        await().atMost(FLOW).untilAsserted(() -> {
            JsonNode view = platform.json(given().auth().oauth2(platform.token("clinician1"))
                    .get(platform.intakeUrl() + "/api/cases/" + caseId).then().statusCode(200).extract().asString());
            assertThat(view.path("status").asText()).isEqualTo("TRIAGED");
            assertThat(view.at("/result/urgency").asText()).isEqualTo("EMERGENCY");
        });
    }

    @Test
    void suspectedMalignancyIsUrgentWithOneReferral() {
        String caseId = submit(Vignettes.caseJson("P07"));

        JsonNode completed = single(Platform.TRIAGE_COMPLETED, caseId);
        assertThat(completed.at("/data/result/urgency").asText()).isEqualTo("URGENT");
        assertThat(flagsOf(completed.at("/data/result"))).contains("MALIGNANCY");

        JsonNode referral = single(Platform.REFERRAL_REQUESTED, caseId);
        assertThat(referral.at("/data/level").asText()).isEqualTo("WITHOUT_DELAY");

        // Two recipients on the malignancy route, each with an email of their own.
        List<Platform.Mail> mails = platform.awaitMails(caseId, 2, FLOW);
        assertThat(mails).extracting(Platform.Mail::recipient)
                .containsExactlyInAnyOrder("oncology@spinepath.local", "metastasis-coordinator@spinepath.local");
        await().pollDelay(SETTLE).atMost(SETTLE.plusSeconds(5))
                .untilAsserted(() -> assertThat(platform.mailsAbout(caseId)).hasSize(2));
    }

    @Test
    void anIncidentalSchmorlNodeIsNotReferredAndSendsNoEmail() {
        String caseId = submit(Vignettes.caseJson("P01"));

        JsonNode completed = single(Platform.TRIAGE_COMPLETED, caseId);
        assertThat(completed.at("/data/result/urgency").asText()).isEqualTo("SELF_CARE");
        assertThat(completed.at("/data/result/referral/required").asBoolean()).isFalse();

        assertThat(platform.topics().byKey(Platform.REFERRAL_REQUESTED, caseId, 1, SETTLE)).isEmpty();
        assertThat(platform.mailsAbout(caseId)).isEmpty();
    }

    @Test
    void aRedeliveredCaseSubmittedEventYieldsOneReferralAndOneEmail() {
        String caseId = submit(Vignettes.caseJson("P05"));
        ConsumerRecord<String, String> submitted = platform.topics()
                .byKey(Platform.CASE_SUBMITTED, caseId, 1, FLOW).get(0);
        assertThat(platform.awaitMails(caseId, 1, FLOW)).hasSize(1);

        platform.produce(Platform.CASE_SUBMITTED, submitted.key(), submitted.value());
        platform.produce(Platform.CASE_SUBMITTED, submitted.key(), submitted.value());
        platform.awaitConsumed("triage-service", Platform.CASE_SUBMITTED, FLOW);

        assertThat(platform.topics().byKey(Platform.TRIAGE_COMPLETED, caseId, 1, SETTLE)).hasSize(1);
        assertThat(platform.topics().byKey(Platform.REFERRAL_REQUESTED, caseId, 1, SETTLE)).hasSize(1);
        assertExactlyOneMailAfterSettling(caseId);
    }

    @Test
    void aMalformedCaseIsRefusedWithProblemDetailsAndLeavesNothingBehind() throws SQLException {
        long casesBefore = count("select count(*) from patient_case");
        // Audit records (the login of the request's token among them) are the only rows a refusal may leave.
        String outboxRows = "select count(*) from outbox_event where topic <> 'audit.events'";
        long outboxBefore = count(outboxRows);
        long eventsBefore = platform.topics().endOffset(Platform.CASE_SUBMITTED);

        Response response = given().auth().oauth2(platform.token("clinician1"))
                .contentType(ContentType.JSON)
                .body("{\"patient\":{\"ageYears\":130},\"neurology\":{\"saddleAnesthesia\":true}}")
                .post(platform.intakeUrl() + "/api/cases");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = platform.json(response.asString());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("patient.ageYears");

        Response badEnum = given().auth().oauth2(platform.token("clinician1"))
                .contentType(ContentType.JSON)
                .body("{\"patient\":{\"ageYears\":40},\"neurology\":{\"bladderDysfunction\":\"SOMETIMES\"}}")
                .post(platform.intakeUrl() + "/api/cases");
        assertThat(badEnum.statusCode()).isEqualTo(400);
        assertThat(platform.json(badEnum.asString()).path("errors").findValuesAsText("field"))
                .containsExactly("neurology.bladderDysfunction");

        assertThat(count("select count(*) from patient_case")).isEqualTo(casesBefore);
        assertThat(count(outboxRows)).isEqualTo(outboxBefore);
        assertThat(platform.topics().endOffset(Platform.CASE_SUBMITTED)).isEqualTo(eventsBefore);
    }

    @Test
    void theReferralSurvivesTheNotificationServiceBeingKilledMidFlow() {
        platform.killNotification();
        String caseId;
        try {
            caseId = submit(Vignettes.caseJson("P06"));
            single(Platform.REFERRAL_REQUESTED, caseId);
            assertThat(platform.mailsAbout(caseId)).isEmpty();
        } finally {
            platform.startNotification();
        }
        assertThat(platform.awaitMails(caseId, 1, FLOW)).hasSize(1);
        assertExactlyOneMailAfterSettling(caseId);
    }

    private String submit(String caseJson) {
        Response response = given().auth().oauth2(platform.token("clinician1"))
                .contentType(ContentType.JSON).body(caseJson)
                .post(platform.intakeUrl() + "/api/cases");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return platform.json(response.asString()).path("id").asText();
    }

    private JsonNode single(String topic, String caseId) {
        List<ConsumerRecord<String, String>> records = platform.topics().byKey(topic, caseId, 1, FLOW);
        assertThat(records).as("%s records for case %s", topic, caseId).hasSize(1);
        return TopicReader.json(records.get(0));
    }

    private void assertExactlyOneMailAfterSettling(String caseId) {
        await().pollDelay(SETTLE).atMost(SETTLE.plusSeconds(5))
                .untilAsserted(() -> assertThat(platform.mailsAbout(caseId)).hasSize(1));
    }

    private static List<String> flagsOf(JsonNode result) {
        return result.path("flags").findValuesAsText("flag");
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = platform.database("intake"); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
