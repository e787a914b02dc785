package org.spinepath.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Clinical contract version 2 on the running platform: every public vignette gives the outcome
 * the contract requires, both from the synchronous evaluate endpoint and through the pipeline
 * (intake, case.submitted, triage, triage.completed, the result stored back in intake), and the
 * two new referral routes reach their teams by email.
 */
class ContractVersion2IT {

    private static final Duration FLOW = Duration.ofSeconds(120);

    private static Platform platform;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.get();
    }

    @Test
    void everyPublicVignetteGivesItsRequiredOutcomeFromTheEvaluateEndpoint() {
        SoftAssertions softly = new SoftAssertions();
        for (String id : Vignettes.ids()) {
            Response response = given().auth().oauth2(platform.token("clinician1"))
                    .contentType(ContentType.JSON).body(Vignettes.caseJson(id))
                    .post(platform.triageUrl() + "/api/triage/evaluate");
            softly.assertThat(response.statusCode()).as("%s evaluate: %s", id, response.asString()).isEqualTo(200);
            if (response.statusCode() == 200) {
                assertOutcome(softly, id, platform.json(response.asString()));
            }
        }
        softly.assertAll();
    }

    @Test
    void everyPublicVignetteGivesItsRequiredOutcomeThroughThePipeline() {
        Map<String, String> caseIds = new LinkedHashMap<>();
        for (String id : Vignettes.ids()) {
            caseIds.put(id, submit(Vignettes.caseJson(id)));
        }
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, String> submitted : caseIds.entrySet()) {
            JsonNode stored = awaitTriaged(submitted.getValue());
            assertOutcome(softly, submitted.getKey(), stored.path("result"));
        }
        softly.assertAll();
    }

    @Test
    void metastaticCordCompressionReachesTheAcuteOncologyCoordinatorAndTheSpinalSurgeon() {
        String caseId = submit(Vignettes.caseJson("P19"));

        List<String> recipients = recipientsOf(caseId, 2);

        assertThat(recipients).contains("mscc-coordinator@spinepath.local", "oncall-spine@spinepath.local");
        assertThat(platform.mailsAbout(caseId)).allSatisfy(mail -> assertThat(mail.body())
                .containsIgnoringCase("metastatic spinal cord compression"));
    }

    @Test
    void aVascularEmergencyReachesTheEmergencyDepartmentAndTheVascularSurgeonNotTheSpinalTeam() {
        String caseId = submit(Vignettes.caseJson("P23"));

        List<String> recipients = recipientsOf(caseId, 2);

        assertThat(recipients).containsExactlyInAnyOrder("emergency-department@spinepath.local",
                "oncall-vascular@spinepath.local");
    }

    /** Asserts every expectation field of the vignette on a triage result. */
    private static void assertOutcome(SoftAssertions softly, String id, JsonNode result) {
        JsonNode expect = Vignettes.expectation(id);
        List<String> flags = result.path("flags").findValuesAsText("flag");
        softly.assertThat(result.path("urgency").asText()).as("%s urgency", id)
                .isEqualTo(expect.path("urgency").asText());
        softly.assertThat(result.path("rulesetVersion").asText()).as("%s ruleset", id).isEqualTo("2.0.0");
        if (expect.has("pathway")) {
            softly.assertThat(result.path("pathway").asText()).as("%s pathway", id)
                    .isEqualTo(expect.path("pathway").asText());
        }
        if (expect.has("line")) {
            softly.assertThat(result.path("line").asInt()).as("%s line", id).isEqualTo(expect.path("line").asInt());
        }
        expect.path("flags").forEach(flag -> softly.assertThat(flags).as("%s flags", id).contains(flag.asText()));
        expect.path("flagsAbsent").forEach(flag -> softly.assertThat(flags).as("%s flags", id)
                .doesNotContain(flag.asText()));
        if (expect.has("referral")) {
            JsonNode referral = expect.path("referral");
            if (referral.isBoolean() && !referral.asBoolean()) {
                softly.assertThat(result.at("/referral/required").asBoolean()).as("%s referral", id).isFalse();
            } else {
                softly.assertThat(result.at("/referral/required").asBoolean()).as("%s referral", id).isTrue();
                softly.assertThat(result.at("/referral/level").asText()).as("%s referral level", id)
                        .isEqualTo(referral.asText());
            }
        }
        if (expect.has("caudaEquinaStage")) {
            String stage = null;
            for (JsonNode flag : result.path("flags")) {
                if ("CAUDA_EQUINA".equals(flag.path("flag").asText())) {
                    stage = flag.path("stage").asText();
                }
            }
            softly.assertThat(stage).as("%s cauda equina stage", id).isEqualTo(expect.path("caudaEquinaStage").asText());
        }
        if (expect.has("mustMention")) {
            String said = (result.path("recommendations").toString() + result.path("investigations")
                    + result.path("cautions")).toLowerCase();
            expect.path("mustMention").forEach(word -> softly.assertThat(said).as("%s mentions", id)
                    .contains(word.asText().toLowerCase()));
        }
    }

    private static String submit(String caseJson) {
        Response response = given().auth().oauth2(platform.token("clinician1"))
                .contentType(ContentType.JSON).body(caseJson)
                .post(platform.intakeUrl() + "/api/cases");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return platform.json(response.asString()).path("id").asText();
    }

    private static JsonNode awaitTriaged(String caseId) {
        JsonNode[] view = new JsonNode[1];
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            view[0] = platform.json(given().auth().oauth2(platform.token("clinician1"))
                    .get(platform.intakeUrl() + "/api/cases/" + caseId).then().statusCode(200).extract().asString());
            assertThat(view[0].path("status").asText()).isEqualTo("TRIAGED");
        });
        return view[0];
    }

    private static List<String> recipientsOf(String caseId, int atLeast) {
        List<Platform.Mail> mails = platform.awaitMails(caseId, atLeast, FLOW);
        List<String> recipients = new ArrayList<>();
        mails.forEach(mail -> recipients.add(mail.recipient()));
        return recipients;
    }
}
