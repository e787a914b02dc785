package org.spinepath.content.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.spinepath.content.support.Api.as;

import org.junit.jupiter.api.Test;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "content"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(value = KeycloakTestResource.class, initArgs = @ResourceArg(name = "client", value = "content-service"))
class FeedbackTest {

    private static final String REPORT = """
            {"articleSlug": "spinal-pain-treatment", "version": 1, "section": "mechanical-pain",
             "quotedText": "%s",
             "comment": "Current guidance discourages bed rest for acute low back pain."}""";

    @Test
    void aReaderReportsAPassageAndAnEditorResolvesItOnce() {
        int id = as("clinician2").contentType(ContentType.JSON)
                .body(REPORT.formatted("Rest lying flat, or with the back slightly extended, on a firm mattress"))
                .post("/api/feedback")
                .then().statusCode(201)
                .header("Location", containsString("/api/feedback/"))
                .body("status", equalTo("OPEN"))
                .body("reportedBy", equalTo("clinician2"))
                .body("audience", equalTo("clinician"))
                .extract().path("id");

        as("editor2").get("/api/feedback").then().statusCode(200).body("items.id", hasItem(id));
        as("reviewer2").queryParam("slug", "spinal-pain-treatment").get("/api/feedback")
                .then().statusCode(200).body("items.id", hasItem(id));

        as("editor2").contentType(ContentType.JSON).body("{\"outcome\": \"CORRECTED\", \"note\": \"fixed in the next version\"}")
                .post("/api/feedback/" + id + "/resolve")
                .then().statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("outcome", equalTo("CORRECTED"))
                .body("resolvedBy", equalTo("editor2"));

        as("editor2").get("/api/feedback").then().statusCode(200).body("items.id", not(hasItem(id)));
        as("editor2").queryParam("status", "RESOLVED").get("/api/feedback").then().statusCode(200)
                .body("items.id", hasItem(id));
        as("editor1").contentType(ContentType.JSON).body("{\"outcome\": \"NO_CHANGE\"}")
                .post("/api/feedback/" + id + "/resolve")
                .then().statusCode(409).body("detail", startsWith("feedback report " + id + " was already resolved"));
    }

    @Test
    void theQuoteMustBeOnThePassageIgnoringMarkdownAndSpacing() {
        as("oncall1").contentType(ContentType.JSON)
                .body(REPORT.formatted("paracetamol   up to 4 G a day"))
                .post("/api/feedback").then().statusCode(201);
        as("oncall1").contentType(ContentType.JSON)
                .body(REPORT.formatted("bed rest for six weeks"))
                .post("/api/feedback").then().statusCode(422)
                .body("type", equalTo("https://spinepath.org/problems/quote-not-found"));
    }

    @Test
    void aReportNeedsAQuoteAndAComment() {
        as("clinician1").contentType(ContentType.JSON)
                .body("{\"articleSlug\": \"spinal-pain-treatment\", \"version\": 1, \"section\": \"referral\"}")
                .post("/api/feedback").then().statusCode(400)
                .body("errors.field", hasItem("comment"))
                .body("errors.field", hasItem("quotedText"));
    }

    @Test
    void onlyEditorialStaffSeeTheQueueAndOnlyEditorsResolve() {
        as("clinician1").get("/api/feedback").then().statusCode(403);
        as("oncall1").get("/api/feedback").then().statusCode(403);
        as("reviewer1").contentType(ContentType.JSON).body("{\"outcome\": \"NO_CHANGE\"}")
                .post("/api/feedback/1/resolve").then().statusCode(403);
    }
}
