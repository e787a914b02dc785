package org.spinepath.content.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.spinepath.content.support.Api.as;
import static org.spinepath.content.support.Api.asService;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "content"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(value = KeycloakTestResource.class, initArgs = @ResourceArg(name = "client", value = "content-service"))
class ArticleReadTest {

    @Test
    void theArticleListIsPaginatedAndHoldsTheArticlesAndTheRelatedPieces() {
        List<String> slugs = as("clinician1").queryParam("size", 100).get("/api/articles")
                .then().statusCode(200).extract().path("items.slug");
        assertThat(slugs).contains("schmorls-node-management", "schmorls-node-incidental", "lumbar-disc-herniation",
                "spinal-pain-treatment", "lumbar-disc-herniation-severity", "lumbar-disc-herniation-early-symptoms",
                "lumbar-disc-herniation-symptom-profile", "lumbar-disc-herniation-leg-pain",
                "lumbar-disc-herniation-root-signs", "serious-spinal-pathology-guidance");

        as("clinician1").queryParam("size", 2).queryParam("page", 1).get("/api/articles")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("totalItems", greaterThanOrEqualTo(10))
                .body("totalPages", greaterThanOrEqualTo(5));
    }

    @Test
    void theCurrentVersionIsServedInBothAudiencesWithTheSameAnchors() {
        var clinician = as("clinician1").get("/api/articles/schmorls-node-management")
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("status", equalTo("APPROVED"))
                .body("audience", equalTo("clinician"))
                .body("audiences", equalTo(List.of("clinician", "patient")))
                .body("title", equalTo("Managing symptomatic Schmorl's nodes"))
                .body("sourceDate", equalTo("2025-09-17"))
                .body("author", notNullValue())
                .body("evidenceStrength", notNullValue())
                .body("current", equalTo(true))
                .body("related", hasItems("schmorls-node-incidental"))
                .extract();
        var patient = as("clinician1").queryParam("audience", "patient").get("/api/articles/schmorls-node-management")
                .then().statusCode(200)
                .body("audience", equalTo("patient"))
                .body("title", equalTo("Schmorl's nodes: how painful ones are treated"))
                .extract();

        List<String> clinicianAnchors = clinician.path("sections.anchor");
        List<String> patientAnchors = patient.path("sections.anchor");
        assertThat(patientAnchors).isEqualTo(clinicianAnchors).contains("second-line-management", "disclaimer");
        assertThat((String) clinician.path("sections.find { it.anchor == 'disclaimer' }.body"))
                .contains("healthcare professionals");
    }

    @Test
    void anUnknownAudienceIsABadRequestNamingTheParameter() {
        as("clinician1").queryParam("audience", "surgeon").get("/api/articles/spinal-pain-treatment")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("audience"));
    }

    @Test
    void aSpecificVersionItsHistoryAndACitedSectionAreReadable() {
        as("oncall1").get("/api/articles/spinal-pain-treatment/versions/1")
                .then().statusCode(200).body("version", equalTo(1)).body("sections", hasSize(15));

        as("oncall1").get("/api/articles/spinal-pain-treatment/versions")
                .then().statusCode(200)
                .body("version", hasItems(1))
                .body("status", everyItem(not(equalTo("DRAFT"))));

        as("oncall1").get("/api/articles/spinal-pain-treatment/versions/1/sections/central-disc-prolapse")
                .then().statusCode(200)
                .body("articleSlug", equalTo("spinal-pain-treatment"))
                .body("version", equalTo(1))
                .body("anchor", equalTo("central-disc-prolapse"))
                .body("heading", equalTo("Central disc prolapse: cauda equina compression"))
                .body("status", equalTo("APPROVED"))
                .body("currentVersion", greaterThanOrEqualTo(1));

        as("oncall1").queryParam("audience", "patient")
                .get("/api/articles/spinal-pain-treatment/versions/1/sections/central-disc-prolapse")
                .then().statusCode(200).body("audience", equalTo("patient"));
    }

    @Test
    void unknownArticlesVersionsAndSectionsAreNotFound() {
        as("clinician1").get("/api/articles/no-such-article").then().statusCode(404)
                .contentType("application/problem+json");
        as("clinician1").get("/api/articles/spinal-pain-treatment/versions/99").then().statusCode(404);
        as("clinician1").get("/api/articles/spinal-pain-treatment/versions/1/sections/no-such-anchor")
                .then().statusCode(404).body("detail", equalTo(
                        "Section no-such-anchor in version 1 of spinal-pain-treatment does not exist"));
    }

    @Test
    void anUnchangedArticleAnswersAConditionalGetWith304() {
        String etag = as("clinician1").get("/api/articles/lumbar-disc-herniation")
                .then().statusCode(200).header("ETag", notNullValue())
                .header("Cache-Control", allOf(containsString("private"), containsString("no-cache")))
                .extract().header("ETag");

        as("clinician1").header("If-None-Match", etag).get("/api/articles/lumbar-disc-herniation")
                .then().statusCode(304).header("ETag", equalTo(etag));
        as("clinician1").header("If-None-Match", "\"something-else\"").get("/api/articles/lumbar-disc-herniation")
                .then().statusCode(200);
        String patientTag = as("clinician1").queryParam("audience", "patient").get("/api/articles/lumbar-disc-herniation")
                .then().statusCode(200).extract().header("ETag");
        assertThat(patientTag).isNotEqualTo(etag);

        String sectionTag = as("clinician1").get("/api/articles/lumbar-disc-herniation/versions/1/sections/root-signs")
                .then().statusCode(200).extract().header("ETag");
        as("clinician1").header("If-None-Match", sectionTag)
                .get("/api/articles/lumbar-disc-herniation/versions/1/sections/root-signs")
                .then().statusCode(304);
    }

    @Test
    void theLumbarArticleListsItsRelatedShortPieces() {
        as("clinician1").get("/api/articles/lumbar-disc-herniation/related")
                .then().statusCode(200)
                .body("slug", hasItems("lumbar-disc-herniation-severity", "lumbar-disc-herniation-early-symptoms",
                        "lumbar-disc-herniation-symptom-profile", "lumbar-disc-herniation-leg-pain",
                        "lumbar-disc-herniation-root-signs", "spinal-pain-treatment"))
                .body("find { it.slug == 'lumbar-disc-herniation-leg-pain' }.title",
                        equalTo("Leg pain in lumbar disc herniation"));
        as("clinician1").queryParam("audience", "patient").get("/api/articles/lumbar-disc-herniation-leg-pain")
                .then().statusCode(200).body("title", equalTo("Can a slipped disc cause leg pain?"))
                .body("related", equalTo(List.of("lumbar-disc-herniation")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "clinician1", "editor1", "reviewer1", "oncall1", "admin1" })
    void everySpinePathRoleCanRead(String user) {
        as(user).get("/api/articles/spinal-pain-treatment").then().statusCode(200);
    }

    @Test
    void readingNeedsAToken() {
        given().get("/api/articles/spinal-pain-treatment").then().statusCode(401);
        given().get("/api/articles").then().statusCode(401);
    }

    @Test
    void theTriageServiceReadsWithItsClientCredentialsToken() {
        asService("triage-service").get("/api/articles/spinal-pain-treatment/versions/1/sections/referral")
                .then().statusCode(200);
    }

    @Test
    void aServiceTokenNotMeantForTheContentServiceIsRefused() {
        // Only the triage service's client carries the content service's audience.
        asService("notification-service").get("/api/articles/spinal-pain-treatment").then().statusCode(401);
    }

    @Test
    void aServiceAccountThatIsNotAReaderIsRefused() {
        // The Prometheus client's token is meant for the platform, but the client is not in
        // spinepath.content.security.service-clients.
        asService("prometheus").get("/api/articles/spinal-pain-treatment").then().statusCode(403);
    }

    @Test
    void draftsAreOnlyForEditorialStaff() {
        as("clinician1").get("/api/versions").then().statusCode(403);
        as("oncall1").get("/api/articles/spinal-pain-treatment/versions/1/workflow").then().statusCode(403);
        as("admin1").get("/api/articles/spinal-pain-treatment/versions/1/workflow")
                .then().statusCode(200).body("[0].action", equalTo("IMPORT")).body("[0].to", equalTo("APPROVED"));
    }
}
