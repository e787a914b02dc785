package org.spinepath.triage.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.spinepath.triage.CitationApi.CATALOGUE;
import static org.spinepath.triage.CitationApi.citationCount;
import static org.spinepath.triage.CitationApi.citations;
import static org.spinepath.triage.CitationApi.drift;
import static org.spinepath.triage.CitationApi.driftingRulesCiting;
import static org.spinepath.triage.CitationApi.rulesCiting;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;
import org.spinepath.testing.Tokens;
import org.spinepath.triage.Vignettes;
import org.spinepath.triage.client.ContentStandIn;
import org.spinepath.triage.engine.catalogue.Citation;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(value = ContentStandIn.class, scope = TestResourceScope.GLOBAL)
class CitationCheckTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    CitationCheck check;

    @Test
    void theCheckAtStartupResolvesEveryCitationWithTheServicesOwnToken() {
        String token = Tokens.accessToken("reviewer1");
        await().atMost(WAIT).untilAsserted(() -> assertThat(citations(token, "spinal-pain-treatment"))
                .isNotEmpty().allSatisfy(c -> assertThat(c.status()).isEqualTo("RESOLVED")));

        List<CitationView> all = citations(token, null);
        assertThat(all).hasSize(CATALOGUE.all().size());
        assertThat(citations(token, "spinal-pain-treatment")).allSatisfy(c -> {
            assertThat(c.resolves()).isTrue();
            assertThat(c.currentVersion()).isEqualTo(1);
            assertThat(c.superseded()).isFalse();
            assertThat(c.checkedAt()).isNotNull();
            assertThat(c.rules()).isEqualTo(CATALOGUE.rulesCiting(
                    new Citation(c.articleSlug(), c.version(), c.section())));
        });
        assertThat(ContentStandIn.lastCaller()).contains("triage-service");
    }

    @Test
    void aRetractionFoundByTheCheckMakesTheRulesCitingItDrift() {
        String slug = "schmorls-node-management";
        ContentStandIn.retract(slug, 1);

        CheckOutcome outcome = check.check();

        assertThat(outcome.reached()).isTrue();
        assertThat(outcome.unresolved()).isGreaterThanOrEqualTo(citationCount(slug));
        String token = Tokens.accessToken("editor1");
        assertThat(citations(token, slug)).hasSize(citationCount(slug)).allSatisfy(c -> {
            assertThat(c.resolves()).isFalse();
            assertThat(c.status()).isEqualTo("RETRACTED");
            assertThat(c.currentVersion()).isNull();
            assertThat(c.source()).isEqualTo(CitationStatuses.SOURCE_CHECK);
        });
        assertThat(driftingRulesCiting(token, slug)).isEqualTo(rulesCiting(slug));
        assertThat(drift(token)).filteredOn(r -> rulesCiting(slug).contains(r.ruleId()))
                .allSatisfy(r -> assertThat(r.citations()).filteredOn(c -> c.articleSlug().equals(slug))
                        .allSatisfy(c -> assertThat(c.reason()).isEqualTo(DriftingRule.Reason.UNRESOLVED)));
    }

    @Test
    void triageGoesOnAndReadinessStaysUpWhileTheContentServiceIsDown() {
        check.check();
        String token = Tokens.accessToken("admin1");
        List<CitationView> before = citations(token, "spinal-pain-treatment");
        ContentStandIn.down(true);
        try {
            CheckOutcome outcome = check.check();

            assertThat(outcome.reached()).isFalse();
            given().auth().oauth2(Tokens.accessToken("clinician1"))
                    .contentType(ContentType.JSON).body(Vignettes.caseJson("P04"))
                    .post("/api/triage/evaluate")
                    .then().statusCode(200).body("urgency", equalTo("EMERGENCY"));
            given().get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'content-citations' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'content-citations' }.data.contentService",
                            equalTo("unreachable"));
            assertThat(citations(token, "spinal-pain-treatment")).as("what was known is kept").isEqualTo(before);
        } finally {
            ContentStandIn.down(false);
        }

        // The circuit breaker lets a call through again shortly after the content service is back.
        await().atMost(WAIT).until(() -> check.check().reached());
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'content-citations' }.data.contentService", equalTo("reachable"));
    }
}
