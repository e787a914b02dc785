package org.spinepath.content.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.spinepath.content.support.Api.as;
import static org.spinepath.content.support.Api.content;
import static org.spinepath.content.support.Api.createArticle;
import static org.spinepath.content.support.Api.publish;
import static org.spinepath.content.support.Api.publishedArticle;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The editorial state machine through the API, with real Keycloak roles and PostgreSQL. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "content"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(value = KeycloakTestResource.class, initArgs = @ResourceArg(name = "client", value = "content-service"))
class EditorialWorkflowTest {

    private static String version(String slug, int version) {
        return "/api/articles/" + slug + "/versions/" + version;
    }

    private static ValidatableResponse conflict(ValidatableResponse response, String type, String detail) {
        return response.statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://spinepath.org/problems/" + type))
                .body("detail", containsString(detail));
    }

    private static void fourEyes(ValidatableResponse response, String detail) {
        conflict(response, "four-eyes", detail).body("title", equalTo("Four-eyes rule"));
    }

    @Test
    void aVersionGoesFromDraftThroughReviewToApprovedAndIsThenPublished() {
        String slug = createArticle("workflow-happy");
        as("editor1").get(version(slug, 1)).then().statusCode(200).body("status", equalTo("DRAFT"));
        as("clinician1").get(version(slug, 1)).then().statusCode(404);
        as("clinician1").get("/api/articles/" + slug).then().statusCode(404).body("type", containsString("not-published"));

        as("editor1").post(version(slug, 1) + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("submittedBy", equalTo("editor1"));
        as("reviewer1").get("/api/versions").then().statusCode(200).body("items.slug", hasItem(slug));
        as("reviewer1").post(version(slug, 1) + "/start-review")
                .then().statusCode(200).body("status", equalTo("UNDER_REVIEW")).body("reviewer", equalTo("reviewer1"));
        as("reviewer1").post(version(slug, 1) + "/approve")
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("approvedBy", equalTo("reviewer1"))
                .body("current", equalTo(true));

        as("clinician1").get("/api/articles/" + slug).then().statusCode(200)
                .body("version", equalTo(1)).body("title", equalTo("Clinician title first"));
        as("editor1").get(version(slug, 1) + "/workflow").then().statusCode(200)
                .body("action", equalTo(List.of("CREATE", "SUBMIT", "START_REVIEW", "APPROVE")))
                .body("actor", equalTo(List.of("editor1", "editor1", "reviewer1", "reviewer1")));
    }

    @Test
    void rejectionReturnsTheDraftWithTheReviewersCommentsAndItCanBeResubmitted() {
        String slug = createArticle("workflow-reject");
        as("editor1").post(version(slug, 1) + "/submit").then().statusCode(200);
        as("reviewer1").post(version(slug, 1) + "/start-review").then().statusCode(200);

        as("reviewer1").contentType(ContentType.JSON).body("{}").post(version(slug, 1) + "/reject")
                .then().statusCode(400).body("errors[0].field", equalTo("comment"));
        as("reviewer1").contentType(ContentType.JSON).body("{\"comment\": \"Cite the dose source.\"}")
                .post(version(slug, 1) + "/reject")
                .then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("reviewComment", equalTo("Cite the dose source."));

        as("editor1").contentType(ContentType.JSON).body(content("revised")).put(version(slug, 1))
                .then().statusCode(200).body("status", equalTo("DRAFT"));
        publish(slug, 1);
        as("clinician1").get("/api/articles/" + slug).then().statusCode(200).body("title", equalTo("Clinician title revised"));
    }

    @Test
    void everyIllegalTransitionIsA409WithTheReason() {
        String slug = createArticle("workflow-illegal");
        String v1 = version(slug, 1);
        // DRAFT
        conflict(as("reviewer1").post(v1 + "/start-review").then(), "illegal-transition",
                "it is DRAFT, and only a version that is SUBMITTED can be taken under review");
        conflict(as("reviewer1").post(v1 + "/approve").then(), "illegal-transition",
                "cannot approve version 1 of " + slug + ": it is DRAFT");
        conflict(as("reviewer1").contentType(ContentType.JSON).body("{\"comment\": \"no\"}").post(v1 + "/reject").then(),
                "illegal-transition", "it is DRAFT");
        conflict(as("reviewer1").contentType(ContentType.JSON).body("{\"reason\": \"no\"}").post(v1 + "/retract").then(),
                "illegal-transition", "only a version that is APPROVED can be retracted");
        // SUBMITTED
        as("editor1").post(v1 + "/submit").then().statusCode(200);
        conflict(as("editor1").post(v1 + "/submit").then(), "illegal-transition", "it is SUBMITTED");
        conflict(as("editor1").contentType(ContentType.JSON).body(content("late")).put(v1).then(), "illegal-transition",
                "only a version that is DRAFT can be edited");
        conflict(as("reviewer1").post(v1 + "/approve").then(), "illegal-transition", "start the review first");
        conflict(as("reviewer1").contentType(ContentType.JSON).body("{\"comment\": \"no\"}").post(v1 + "/reject").then(),
                "illegal-transition", "start the review first");
        conflict(as("reviewer1").contentType(ContentType.JSON).body("{\"reason\": \"no\"}").post(v1 + "/retract").then(),
                "illegal-transition", "it is SUBMITTED");
        // UNDER_REVIEW
        as("reviewer1").post(v1 + "/start-review").then().statusCode(200);
        conflict(as("reviewer2").post(v1 + "/start-review").then(), "illegal-transition", "it is UNDER_REVIEW");
        conflict(as("editor1").post(v1 + "/submit").then(), "illegal-transition", "it is UNDER_REVIEW");
        conflict(as("editor1").contentType(ContentType.JSON).body(content("late")).put(v1).then(), "illegal-transition",
                "it is UNDER_REVIEW");
        conflict(as("reviewer1").contentType(ContentType.JSON).body("{\"reason\": \"no\"}").post(v1 + "/retract").then(),
                "illegal-transition", "it is UNDER_REVIEW");
        // APPROVED
        as("reviewer1").post(v1 + "/approve").then().statusCode(200);
        conflict(as("editor1").contentType(ContentType.JSON).body(content("changed")).put(v1).then(), "immutable-version",
                "published versions never change");
        conflict(as("editor1").post(v1 + "/submit").then(), "illegal-transition", "it is APPROVED");
        conflict(as("reviewer1").post(v1 + "/start-review").then(), "illegal-transition", "it is APPROVED");
        conflict(as("reviewer1").post(v1 + "/approve").then(), "illegal-transition", "it is APPROVED");
        conflict(as("reviewer1").contentType(ContentType.JSON).body("{\"comment\": \"no\"}").post(v1 + "/reject").then(),
                "illegal-transition", "it is APPROVED");
        // RETRACTED
        as("reviewer1").contentType(ContentType.JSON).body("{\"reason\": \"withdrawn\"}").post(v1 + "/retract")
                .then().statusCode(200).body("status", equalTo("RETRACTED"));
        conflict(as("reviewer1").contentType(ContentType.JSON).body("{\"reason\": \"again\"}").post(v1 + "/retract").then(),
                "illegal-transition", "a retracted version is final");
        conflict(as("editor1").contentType(ContentType.JSON).body(content("changed")).put(v1).then(), "immutable-version",
                "it is RETRACTED");
        conflict(as("editor1").post(v1 + "/submit").then(), "illegal-transition", "it is RETRACTED");
        conflict(as("reviewer1").post(v1 + "/approve").then(), "illegal-transition", "it is RETRACTED");
        // The refused attempts changed nothing.
        as("editor1").get(version(slug, 1)).then().body("status", equalTo("RETRACTED"));
    }

    @Test
    void rolesDecideWhoWritesAndWhoReviews() {
        String slug = createArticle("workflow-roles");
        String v1 = version(slug, 1);
        as("clinician1").contentType(ContentType.JSON).body("{\"slug\": \"x-roles\", \"content\": " + content("x") + "}")
                .post("/api/articles").then().statusCode(403);
        as("reviewer1").contentType(ContentType.JSON).body(content("by reviewer")).put(v1).then().statusCode(403);
        as("reviewer1").post(v1 + "/submit").then().statusCode(403);
        as("editor1").post(v1 + "/submit").then().statusCode(200);
        as("editor2").post(v1 + "/start-review").then().statusCode(403);
        as("admin1").post(v1 + "/start-review").then().statusCode(403);
        as("oncall1").post(v1 + "/start-review").then().statusCode(403);
        as("reviewer2").post(v1 + "/start-review").then().statusCode(200);
        as("editor1").post(v1 + "/approve").then().statusCode(403);
        as("clinician1").post(v1 + "/approve").then().statusCode(403);
        as("reviewer1").post(v1 + "/approve").then().statusCode(200).body("approvedBy", equalTo("reviewer1"));
        as("editor1").contentType(ContentType.JSON).body("{\"reason\": \"no\"}").post(v1 + "/retract")
                .then().statusCode(403);
    }

    @Test
    void aSeniorEditorWithBothRolesCannotReviewOrApproveTheirOwnVersion() {
        String slug = publishedArticle("four-eyes-own");
        String v2 = version(slug, 2);
        as("senioreditor1").contentType(ContentType.JSON).body("{\"changeNote\": \"senior editor's revision\"}")
                .post("/api/articles/" + slug + "/versions")
                .then().statusCode(201).body("version", equalTo(2)).body("createdBy", equalTo("senioreditor1"));
        as("senioreditor1").post(v2 + "/submit").then().statusCode(200).body("submittedBy", equalTo("senioreditor1"));

        String ownWork = "senioreditor1 wrote or submitted it, and a version must be reviewed and approved by"
                + " someone other than its authors";
        fourEyes(as("senioreditor1").post(v2 + "/start-review").then(),
                "cannot start the review of version 2 of " + slug + ": " + ownWork);
        as("senioreditor1").get("/api/articles/" + slug + "/versions").then().statusCode(200)
                .body("[0].version", equalTo(2)).body("[0].status", equalTo("SUBMITTED"))
                .body("[0].reviewer", nullValue());

        as("reviewer1").post(v2 + "/start-review").then().statusCode(200).body("reviewer", equalTo("reviewer1"));
        fourEyes(as("senioreditor1").post(v2 + "/approve").then(),
                "cannot approve version 2 of " + slug + ": " + ownWork);
        fourEyes(as("senioreditor1").contentType(ContentType.JSON).body("{\"comment\": \"fine by me\"}")
                .post(v2 + "/reject").then(), "cannot reject version 2 of " + slug + ": " + ownWork);
        as("clinician1").get("/api/articles/" + slug).then().statusCode(200).body("version", equalTo(1));

        as("reviewer1").post(v2 + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedBy", equalTo("reviewer1"));
        as("clinician1").get("/api/articles/" + slug).then().statusCode(200).body("version", equalTo(2));
        // The refused attempts left no trace in the audit trail.
        as("senioreditor1").get(v2 + "/workflow").then().statusCode(200)
                .body("action", equalTo(List.of("CREATE", "SUBMIT", "START_REVIEW", "APPROVE")))
                .body("actor", equalTo(List.of("senioreditor1", "senioreditor1", "reviewer1", "reviewer1")));
    }

    @Test
    void aSeniorEditorReviewsAndApprovesAVersionSomeoneElseWrote() {
        String slug = createArticle("four-eyes-other");
        as("editor1").post(version(slug, 1) + "/submit").then().statusCode(200);

        as("senioreditor1").post(version(slug, 1) + "/start-review").then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW")).body("reviewer", equalTo("senioreditor1"));
        as("senioreditor1").post(version(slug, 1) + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedBy", equalTo("senioreditor1"));
        as("clinician1").get("/api/articles/" + slug).then().statusCode(200)
                .body("version", equalTo(1)).body("approvedBy", equalTo("senioreditor1"));
    }

    @Test
    void editingSomeoneElsesDraftMakesYouOneOfItsAuthors() {
        String slug = createArticle("four-eyes-edit");
        as("senioreditor1").contentType(ContentType.JSON).body(content("edited by the senior editor"))
                .put(version(slug, 1)).then().statusCode(200);
        as("editor1").post(version(slug, 1) + "/submit").then().statusCode(200);

        fourEyes(as("senioreditor1").post(version(slug, 1) + "/start-review").then(),
                "senioreditor1 wrote or submitted it");
        as("reviewer2").post(version(slug, 1) + "/start-review").then().statusCode(200);
        as("reviewer2").post(version(slug, 1) + "/approve").then().statusCode(200).body("approvedBy", equalTo("reviewer2"));
    }

    @Test
    void aNewVersionBecomesCurrentAndARetractedVersionStaysReadableButIsNoLongerCurrent() {
        String slug = publishedArticle("retract");
        as("editor1").contentType(ContentType.JSON).body("{\"changeNote\": \"raise the dose\"}")
                .post("/api/articles/" + slug + "/versions")
                .then().statusCode(201).body("version", equalTo(2)).body("status", equalTo("DRAFT"));
        conflict(as("editor1").contentType(ContentType.JSON).body("{\"changeNote\": \"another\"}")
                .post("/api/articles/" + slug + "/versions").then(), "draft-exists", "already has version 2 in progress");
        as("editor1").contentType(ContentType.JSON).body(content("second").replace("10 mg", "20 mg")).put(version(slug, 2))
                .then().statusCode(200);
        publish(slug, 2);
        as("clinician1").get("/api/articles/" + slug).then().statusCode(200).body("version", equalTo(2));
        as("clinician1").get(version(slug, 1)).then().statusCode(200)
                .body("current", equalTo(false)).body("currentVersion", equalTo(2));

        as("reviewer2").contentType(ContentType.JSON).body("{\"reason\": \"dose error\"}").post(version(slug, 2) + "/retract")
                .then().statusCode(200).body("status", equalTo("RETRACTED")).body("current", equalTo(false));

        as("clinician1").get("/api/articles/" + slug).then().statusCode(200).body("version", equalTo(1));
        as("clinician1").get(version(slug, 2)).then().statusCode(200)
                .body("status", equalTo("RETRACTED"))
                .body("retractionReason", equalTo("dose error"))
                .body("current", equalTo(false))
                .body("currentVersion", equalTo(1))
                .body("sections.find { it.anchor == 'dosing' }.body", containsString("20 mg"));
        as("clinician1").get(version(slug, 2) + "/sections/dosing").then().statusCode(200)
                .body("status", equalTo("RETRACTED"));
        as("clinician1").contentType(ContentType.JSON)
                .body("[{\"articleSlug\": \"" + slug + "\", \"version\": 2, \"section\": \"dosing\"},"
                        + " {\"articleSlug\": \"" + slug + "\", \"version\": 1, \"section\": \"dosing\"}]")
                .post("/api/citations/resolve").then().statusCode(200)
                .body("status", equalTo(List.of("RETRACTED", "RESOLVED")))
                .body("resolved", equalTo(List.of(false, true)))
                .body("currentVersion", equalTo(List.of(1, 1)))
                .body("drift", equalTo(List.of(false, false)));
        as("clinician1").get("/api/articles/" + slug + "/versions").then().statusCode(200)
                .body("version", equalTo(List.of(2, 1)))
                .body("status", equalTo(List.of("RETRACTED", "APPROVED")));
    }

    @Test
    void anEtagChangesWhenTheCurrentVersionChanges() {
        String slug = publishedArticle("etag");
        String first = as("clinician1").get("/api/articles/" + slug).then().statusCode(200).extract().header("ETag");
        as("clinician1").header("If-None-Match", first).get("/api/articles/" + slug).then().statusCode(304);

        as("editor1").contentType(ContentType.JSON).body("{\"changeNote\": \"v2\"}").post("/api/articles/" + slug + "/versions")
                .then().statusCode(201);
        publish(slug, 2);

        as("clinician1").header("If-None-Match", first).get("/api/articles/" + slug).then().statusCode(200)
                .header("ETag", not(equalTo(first))).body("version", equalTo(2));
    }

    @Test
    void aDraftThatDropsAPublishedAnchorIsRefused() {
        String slug = publishedArticle("anchors");
        as("editor1").contentType(ContentType.JSON).body("{\"changeNote\": \"shorter\"}")
                .post("/api/articles/" + slug + "/versions").then().statusCode(201);
        String withoutDosing = """
                {"author": "SpinePath test desk", "evidenceStrength": "None.",
                 "variants": [
                   {"audience": "clinician", "title": "T", "sections": [{"anchor": "overview", "heading": "O", "body": "b"}]},
                   {"audience": "patient", "title": "T", "sections": [{"anchor": "overview", "heading": "O", "body": "b"}]}]}""";
        as("editor1").contentType(ContentType.JSON).body(withoutDosing).put(version(slug, 2))
                .then().statusCode(422)
                .body("type", equalTo("https://spinepath.org/problems/invalid-content"))
                .body("detail", containsString("anchors dosing of the published version are missing"));
    }

    @Test
    void theDiffShowsWhatChangedBetweenTwoVersions() {
        String slug = publishedArticle("diff");
        as("editor1").contentType(ContentType.JSON).body("{\"changeNote\": \"dose\"}").post("/api/articles/" + slug + "/versions")
                .then().statusCode(201);
        as("editor1").contentType(ContentType.JSON).body(content("first").replace("10 mg", "20 mg")).put(version(slug, 2))
                .then().statusCode(200);

        as("editor1").queryParam("from", 1).queryParam("to", 2).get("/api/articles/" + slug + "/diff")
                .then().statusCode(200)
                .body("sections.find { it.anchor == 'overview' }.change", equalTo("UNCHANGED"))
                .body("sections.find { it.anchor == 'dosing' }.change", equalTo("MODIFIED"))
                .body("sections.find { it.anchor == 'dosing' }.edits.findAll { it.op == 'DELETE' }.text",
                        equalTo(List.of("10")))
                .body("sections.find { it.anchor == 'dosing' }.edits.findAll { it.op == 'INSERT' }.text",
                        equalTo(List.of("20")))
                .body("title.changed", equalTo(false));
        // The draft is not public: a clinician cannot diff against it.
        as("clinician1").queryParam("from", 1).queryParam("to", 2).get("/api/articles/" + slug + "/diff")
                .then().statusCode(404);
    }

    @Test
    void aDuplicateSlugOrInvalidContentIsRefused() {
        String slug = createArticle("duplicate");
        conflict(as("editor1").contentType(ContentType.JSON).body("{\"slug\": \"" + slug + "\", \"content\": "
                + content("again") + "}").post("/api/articles").then(), "article-exists", "already exists");
        as("editor1").contentType(ContentType.JSON).body("{\"slug\": \"Bad Slug\", \"content\": " + content("x") + "}")
                .post("/api/articles").then().statusCode(400).body("errors.field", hasItem("slug"));
        as("editor1").contentType(ContentType.JSON)
                .body("{\"slug\": \"" + slug + "-x\", \"content\": " + content("x").replace("\"patient\"", "\"clinician\"") + "}")
                .post("/api/articles").then().statusCode(422)
                .body("detail", containsString("clinician appears more than once"));
        as("editor1").get("/api/articles/" + slug + "-x/versions").then().statusCode(404);
        as("editor1").get("/api/articles/" + slug + "/versions").then().statusCode(200)
                .body("[0].approvedBy", nullValue());
    }
}
