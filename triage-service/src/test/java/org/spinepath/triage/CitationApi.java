package org.spinepath.triage;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.spinepath.triage.engine.TriageEngine;
import org.spinepath.triage.engine.catalogue.CitationCatalogue;
import org.spinepath.triage.service.CitationView;
import org.spinepath.triage.service.DriftingRule;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The citation endpoints as a reviewer reads them, and what the engine's catalogue says to expect. */
public final class CitationApi {

    public static final CitationCatalogue CATALOGUE = new TriageEngine().catalogue();
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private CitationApi() {
    }

    /** The citations of one article (every citation when {@code slug} is null). */
    public static List<CitationView> citations(String token, String slug) {
        List<CitationView> all = read(given().auth().oauth2(token).get("/api/triage/citations")
                .then().statusCode(200).extract().asString(), new TypeReference<List<CitationView>>() {
                });
        return slug == null ? all : all.stream().filter(c -> c.articleSlug().equals(slug)).toList();
    }

    public static List<DriftingRule> drift(String token) {
        return read(given().auth().oauth2(token).get("/api/triage/guideline-drift")
                .then().statusCode(200).extract().asString(), new TypeReference<List<DriftingRule>>() {
                });
    }

    /** The drifting rules with at least one drifted citation of this article. */
    public static Set<String> driftingRulesCiting(String token, String slug) {
        return drift(token).stream()
                .filter(r -> r.citations().stream().anyMatch(c -> c.articleSlug().equals(slug)))
                .map(DriftingRule::ruleId).collect(Collectors.toSet());
    }

    /** Every rule id that cites some section of this article, by the engine's catalogue. */
    public static Set<String> rulesCiting(String slug) {
        return CATALOGUE.rulesCitingArticle(slug).values().stream().flatMap(Set::stream).collect(Collectors.toSet());
    }

    /** How many citations of this article the engine can emit. */
    public static int citationCount(String slug) {
        return (int) CATALOGUE.all().stream().filter(c -> c.articleSlug().equals(slug)).count();
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (Exception e) {
            throw new AssertionError("unexpected answer " + json, e);
        }
    }
}
