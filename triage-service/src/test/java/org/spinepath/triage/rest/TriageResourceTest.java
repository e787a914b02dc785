package org.spinepath.triage.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;
import org.spinepath.testing.Tokens;
import org.spinepath.triage.Vignettes;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class TriageResourceTest {

    @Test
    void whatIfEvaluationOfCaudaEquinaIsAnExplainedCitedEmergency() {
        given().auth().oauth2(Tokens.accessToken("clinician1"))
                .contentType(ContentType.JSON).body(Vignettes.caseJson("P04"))
                .post("/api/triage/evaluate")
                .then().statusCode(200)
                .body("urgency", equalTo("EMERGENCY"))
                .body("pathway", equalTo("EMERGENCY_REFERRAL"))
                .body("flags.flag", hasItem("CAUDA_EQUINA"))
                .body("flags.find { it.flag == 'CAUDA_EQUINA' }.findings", not(org.hamcrest.Matchers.empty()))
                .body("flags.find { it.flag == 'CAUDA_EQUINA' }.citations[0].articleSlug", notNullValue())
                .body("referral.required", equalTo(true))
                .body("referral.level", equalTo("IMMEDIATE"))
                .body("recommendations.citations", everyItem(not(org.hamcrest.Matchers.empty())))
                .body("rulesetVersion", notNullValue())
                .body("disclaimer", notNullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "P01", "P07", "P11", "P12" })
    void theServiceAnswersWhatTheSpecificationRequires(String id) {
        var expect = Vignettes.vignette(id).path("expect");
        given().auth().oauth2(Tokens.accessToken("clinician2"))
                .contentType(ContentType.JSON).body(Vignettes.caseJson(id))
                .post("/api/triage/evaluate")
                .then().statusCode(200)
                .body("urgency", equalTo(expect.path("urgency").asText()));
    }

    @Test
    void anInvalidCaseIsAProblemNamingTheField() {
        given().auth().oauth2(Tokens.accessToken("clinician1"))
                .contentType(ContentType.JSON).body("{\"patient\":{\"ageYears\":-1}}")
                .post("/api/triage/evaluate")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("patient.ageYears"));
    }

    @Test
    void onlyCliniciansEvaluate() {
        given().contentType(ContentType.JSON).body(Vignettes.caseJson("P01"))
                .post("/api/triage/evaluate").then().statusCode(401);
        given().auth().oauth2(Tokens.accessToken("editor1"))
                .contentType(ContentType.JSON).body(Vignettes.caseJson("P01"))
                .post("/api/triage/evaluate").then().statusCode(403);
    }
}
