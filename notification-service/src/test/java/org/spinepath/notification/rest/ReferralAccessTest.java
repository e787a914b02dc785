package org.spinepath.notification.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.spinepath.notification.support.Referrals.as;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinepath.notification.support.HttpReceiverResource;
import org.spinepath.notification.support.Referrals;
import org.spinepath.notification.support.SmtpGateResource;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The access rule on referrals: on-call staff of its routes and the case's clinician and care team
 * see it whole, an administrator its operational state only, anyone else 404 unless they break
 * the glass.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(value = KeycloakTestResource.class, initArgs = @ResourceArg(name = "client", value = "notification-service"))
@WithTestResource(SmtpGateResource.class)
@WithTestResource(HttpReceiverResource.class)
class ReferralAccessTest {

    @AfterEach
    void acknowledgeEverything() {
        Referrals.acknowledgeAllOpen();
    }

    private static String ownedReferral(UUID caseId) {
        String event = """
                {"specversion":"1.0","id":"%1$s","source":"urn:spinepath:triage-service",
                 "type":"org.spinepath.referral.requested","subject":"%2$s","time":"%3$s",
                 "datacontenttype":"application/json",
                 "data":{"caseId":"%2$s","level":"IMMEDIATE","urgency":"EMERGENCY",
                   "flags":[{"flag":"CAUDA_EQUINA","findings":["saddleAnesthesia"]}],
                   "recommendedAction":"Emergency specialist referral.",
                   "caseLink":"https://portal.spinepath.test/cases/%2$s","rulesetVersion":"2026.1",
                   "triagedAt":"%3$s","submittedBy":"clinician1","careTeams":["/teams/spinal-orthopaedics"]}}
                """.formatted(UUID.randomUUID(), caseId, Instant.now());
        Referrals.produce(caseId.toString(), event);
        return (String) Referrals.referralOf(caseId).get("id");
    }

    @Test
    void eachRoleSeesWhatTheRuleGivesIt() {
        UUID caseId = UUID.randomUUID();
        String id = ownedReferral(caseId);
        String path = "/api/referrals/" + id;

        as("oncall1").get(path).then().statusCode(200).body("flags[0].flag", equalTo("CAUDA_EQUINA"))
                .header("Cache-Control", "no-store");
        as("clinician1").get(path).then().statusCode(200).body("recommendedAction", notNullValue());
        as("clinician3").get(path).then().statusCode(200);
        as("admin1").get(path).then().statusCode(200).body("flags", nullValue()).body("recommendedAction", nullValue())
                .body("deliveries", notNullValue());
        as("clinician2").get(path).then().statusCode(404).contentType("application/problem+json");
        as("auditor1").get(path).then().statusCode(403);
        as("clinician2").header("X-Break-Glass-Reason", "patient transferred to neurosurgery").get(path).then()
                .statusCode(200).body("flags[0].flag", equalTo("CAUDA_EQUINA"));

        List<String> adminList = as("admin1").get("/api/referrals").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.id == '" + id + "' }.recommendedAction");
        assertThat(adminList).containsOnlyNulls().hasSize(1);

        List<JsonNode> audit = await().atMost(Referrals.WAIT).until(
                () -> Referrals.records("audit.events", caseId.toString()).stream()
                        .map(r -> Referrals.read(r.value())).toList(), found -> found.size() >= 7);
        assertThat(audit).anySatisfy(e -> assertThat(e.at("/data/agent/0/policy/0").asText())
                .isEqualTo("urn:spinepath:access:OPERATIONAL"));
        assertThat(audit).anySatisfy(e -> assertThat(e.at("/data/purposeOfEvent/0/coding/0/code").asText())
                .isEqualTo("BTG"));
        await().atMost(Referrals.WAIT).until(() -> !Referrals.records("security.alerts", caseId.toString()).isEmpty());
    }

    @Test
    void onlyOnCallStaffOfItsRoutesAcknowledgeAndTheChangeIsAudited() {
        UUID caseId = UUID.randomUUID();
        String id = ownedReferral(caseId);
        as("clinician1").post("/api/referrals/" + id + "/acknowledge").then().statusCode(403);
        as("oncall1").post("/api/referrals/" + id + "/acknowledge").then().statusCode(200)
                .body("acknowledgedBy", equalTo("oncall1"));
        await().atMost(Referrals.WAIT).until(() -> Referrals.records("audit.events", caseId.toString()).stream()
                .map(r -> Referrals.read(r.value()))
                .anyMatch(e -> e.at("/data/action").asText().equals("U")
                        && e.at("/data/agent/0/who/identifier/value").asText().equals("oncall1")));
    }
}
