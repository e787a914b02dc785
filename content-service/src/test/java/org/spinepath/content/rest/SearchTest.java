package org.spinepath.content.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;
import static org.spinepath.content.support.Api.as;

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
class SearchTest {

    @Test
    void vertebroplastyFindsTheSecondLineSectionOfTheSchmorlManagementArticleFirst() {
        as("clinician1").queryParam("q", "vertebroplasty").get("/api/search")
                .then().statusCode(200)
                .body("totalItems", greaterThan(1))
                .body("items[0].slug", equalTo("schmorls-node-management"))
                .body("items[0].anchor", equalTo("second-line-management"))
                .body("items[0].version", equalTo(1))
                .body("items[0].snippet", containsString("<mark>vertebroplasty</mark>"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "saddle anaesthesia", "saddle anesthesia", "Saddle Anesthesia" })
    void saddleAnaesthesiaInEitherSpellingFindsTheCaudaEquinaPassageFirst(String query) {
        as("clinician1").queryParam("q", query).get("/api/search")
                .then().statusCode(200)
                .body("items[0].slug", equalTo("spinal-pain-treatment"))
                .body("items[0].anchor", oneOf("central-disc-prolapse", "warning-signs"))
                .body("items[0].snippet", containsString("<mark>anaesthesia</mark>"));
    }

    @Test
    void hlaB27FindsTheLabTableFirst() {
        as("clinician1").queryParam("q", "HLA-B27").get("/api/search")
                .then().statusCode(200)
                .body("items[0].slug", equalTo("spinal-pain-treatment"))
                .body("items[0].anchor", equalTo("lab-differential"))
                .body("items[0].heading", equalTo("Laboratory tests in the differential diagnosis"));
    }

    @Test
    void thePatientVariantIsSearchedInItsOwnWords() {
        as("clinician1").queryParam("q", "saddle numbness").queryParam("audience", "patient").get("/api/search")
                .then().statusCode(200)
                .body("items[0].audience", equalTo("patient"))
                .body("items[0].anchor", equalTo("central-disc-prolapse"));
    }

    @Test
    void stopWordsDoNotEmptyTheQueryAndUnmatchedWordsFallBackToAnyWord() {
        as("clinician1").queryParam("q", "the vertebroplasty").get("/api/search")
                .then().statusCode(200).body("items[0].anchor", equalTo("second-line-management"));
        as("clinician1").queryParam("q", "vertebroplasty xylophone").get("/api/search")
                .then().statusCode(200).body("items[0].anchor", equalTo("second-line-management"));
        as("clinician1").queryParam("q", "xylophone").get("/api/search")
                .then().statusCode(200).body("items", hasSize(0)).body("totalItems", equalTo(0));
    }

    @Test
    void aQueryIsRequired() {
        as("clinician1").get("/api/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
    }
}
