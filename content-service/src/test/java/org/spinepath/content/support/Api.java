package org.spinepath.content.support;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import org.spinepath.testing.Tokens;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as a given Keycloak user or service, and test articles that do not disturb the bundled ones. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.accessToken(username));
    }

    /** Requests with a service's own client-credentials token. */
    public static RequestSpecification asService(String clientId) {
        return given().auth().oauth2(Tokens.serviceToken(clientId));
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Content for a test article: two sections in each audience, words that no bundled article uses. */
    public static String content(String marker) {
        return """
                {"author": "SpinePath test desk",
                 "sourceDate": "2025-06-01",
                 "evidenceStrength": "None: a test fixture.",
                 "changeNote": "%1$s",
                 "variants": [
                   {"audience": "clinician", "title": "Clinician title %1$s",
                    "sections": [
                      {"anchor": "overview", "heading": "Overview", "body": "Quillwort guidance %1$s for clinicians."},
                      {"anchor": "dosing", "heading": "Dosing", "body": "Give 10 mg of zelkovine every 8 hours."}]},
                   {"audience": "patient", "title": "Patient title %1$s",
                    "sections": [
                      {"anchor": "overview", "heading": "Overview", "body": "Quillwort guidance %1$s for patients."},
                      {"anchor": "dosing", "heading": "Dosing", "body": "Your doctor decides the dose."}]}]}
                """.formatted(marker);
    }

    /** Creates a test article as editor1; version 1 is a DRAFT. */
    public static String createArticle(String prefix) {
        String slug = uniqueSlug(prefix);
        as("editor1").contentType(ContentType.JSON)
                .body("{\"slug\": \"" + slug + "\", \"content\": " + content("first") + "}")
                .post("/api/articles").then().statusCode(201);
        return slug;
    }

    /** Takes a draft through submission (editor1), review and approval (reviewer1). */
    public static void publish(String slug, int version) {
        String base = "/api/articles/" + slug + "/versions/" + version;
        as("editor1").post(base + "/submit").then().statusCode(200);
        as("reviewer1").post(base + "/start-review").then().statusCode(200);
        as("reviewer1").post(base + "/approve").then().statusCode(200);
    }

    /** An approved test article with version 1 published. */
    public static String publishedArticle(String prefix) {
        String slug = createArticle(prefix);
        publish(slug, 1);
        return slug;
    }
}
