package org.spinepath.content.rest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.spinepath.content.support.Api.as;
import static org.spinepath.content.support.Api.asService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;
import org.spinepath.triage.engine.TriageEngine;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "content"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(value = KeycloakTestResource.class, initArgs = @ResourceArg(name = "client", value = "content-service"))
class CitationResolveTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| \\d{4}-\\d{2}-\\d{2} \\| (.+) \\|$");

    @Test
    void everyCitationOfTheSharedAnchorListResolvesToAnApprovedSection() throws IOException {
        List<Map<String, Object>> citations = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("..", "docs", "clinical", "article-anchors.md"), UTF_8)) {
            Matcher row = ROW.matcher(line.strip());
            if (row.matches()) {
                Pattern.compile("`([a-z0-9-]+)`").matcher(row.group(2)).results().forEach(anchor -> citations.add(
                        Map.of("articleSlug", row.group(1), "version", 1, "section", anchor.group(1))));
            }
        }
        assertThat(citations).hasSize(52);

        List<Map<String, Object>> results = asService("triage-service").contentType(ContentType.JSON).body(citations)
                .post("/api/citations/resolve").then().statusCode(200).extract().path("");

        assertThat(results).hasSize(citations.size());
        for (int i = 0; i < citations.size(); i++) {
            Map<String, Object> result = results.get(i);
            assertThat(result).as(citations.get(i).toString())
                    .containsEntry("articleSlug", citations.get(i).get("articleSlug"))
                    .containsEntry("section", citations.get(i).get("section"))
                    .containsEntry("resolved", true)
                    .containsEntry("status", "RESOLVED")
                    .containsKey("currentVersion")
                    .containsKey("heading");
        }
    }

    @Test
    void everyCitationTheTriageEngineCanEmitResolves() {
        List<Map<String, Object>> citations = new TriageEngine().catalogue().all().stream()
                .map(c -> Map.<String, Object>of("articleSlug", c.articleSlug(), "version", c.version(),
                        "section", c.section()))
                .toList();
        assertThat(citations).isNotEmpty();

        List<Map<String, Object>> results = asService("triage-service").contentType(ContentType.JSON).body(citations)
                .post("/api/citations/resolve").then().statusCode(200).extract().path("");

        assertThat(results).allSatisfy(r -> assertThat(r).as(r.toString()).containsEntry("resolved", true));
    }

    @Test
    void citationsThatDoNotResolveSayWhy() {
        String body = """
                [{"articleSlug": "no-such-article", "version": 1, "section": "summary"},
                 {"articleSlug": "spinal-pain-treatment", "version": 42, "section": "referral"},
                 {"articleSlug": "spinal-pain-treatment", "version": 1, "section": "no-such-anchor"},
                 {"articleSlug": "spinal-pain-treatment", "version": 1, "section": "referral"}]""";

        as("clinician1").contentType(ContentType.JSON).body(body).post("/api/citations/resolve")
                .then().statusCode(200)
                .body("status", equalTo(List.of("UNKNOWN_ARTICLE", "UNKNOWN_VERSION", "UNKNOWN_SECTION", "RESOLVED")))
                .body("resolved", equalTo(List.of(false, false, false, true)))
                .body("[2].detail", equalTo("version 1 of spinal-pain-treatment has no section no-such-anchor"))
                .body("[3].heading", equalTo("Referral"));
    }

    @Test
    void anIncompleteCitationIsRejectedWithItsFieldPath() {
        as("clinician1").contentType(ContentType.JSON)
                .body("[{\"articleSlug\": \"spinal-pain-treatment\", \"section\": \"referral\"}]")
                .post("/api/citations/resolve")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", endsWith("version"));
    }
}
