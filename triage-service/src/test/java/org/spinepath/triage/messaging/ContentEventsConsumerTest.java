package org.spinepath.triage.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.spinepath.triage.CitationApi.citationCount;
import static org.spinepath.triage.CitationApi.citations;
import static org.spinepath.triage.CitationApi.drift;
import static org.spinepath.triage.CitationApi.driftingRulesCiting;
import static org.spinepath.triage.CitationApi.rulesCiting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;
import org.spinepath.testing.Tokens;
import org.spinepath.triage.client.ContentStandIn;
import org.spinepath.triage.engine.catalogue.Article;
import org.spinepath.triage.service.CitationView;
import org.spinepath.triage.service.DriftingRule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(value = ContentStandIn.class, scope = TestResourceScope.GLOBAL)
class ContentEventsConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void approvingVersion2MakesTheRulesCitingVersion1DriftUntilItIsRetracted() {
        Article article = Article.LUMBAR_DISC_HERNIATION;
        String slug = article.slug();
        String token = Tokens.accessToken("reviewer2");
        String approval = UUID.randomUUID().toString();
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            ContentStandIn.approve(slug, 2);
            send(kafka, "content.published", slug, published(approval, article, 2, 2, Instant.now()));

            await().atMost(WAIT).untilAsserted(() -> assertThat(driftingRulesCiting(token, slug))
                    .isEqualTo(rulesCiting(slug)));
            assertThat(drift(token)).flatMap(DriftingRule::citations)
                    .filteredOn(c -> c.articleSlug().equals(slug)).allSatisfy(c -> {
                        assertThat(c.version()).isEqualTo(1);
                        assertThat(c.currentVersion()).isEqualTo(2);
                        assertThat(c.reason()).isEqualTo(DriftingRule.Reason.SUPERSEDED);
                    });
            assertThat(citations(token, slug)).allSatisfy(c -> {
                assertThat(c.resolves()).as("version 1 is still approved").isTrue();
                assertThat(c.superseded()).isTrue();
                assertThat(c.source()).isEqualTo("content.published");
            });

            ContentStandIn.retract(slug, 2);
            send(kafka, "content.retracted", slug,
                    retracted(UUID.randomUUID().toString(), article, 2, 1, Instant.now()));

            await().atMost(WAIT).untilAsserted(() -> assertThat(driftingRulesCiting(token, slug))
                    .isEmpty());
            assertThat(citations(token, slug)).allSatisfy(c -> {
                assertThat(c.resolves()).isTrue();
                assertThat(c.currentVersion()).isEqualTo(1);
                assertThat(c.superseded()).isFalse();
            });

            // Kafka delivers the approval again (same event id). The announcement sent after it on the
            // same partition shows when the redelivery has been consumed.
            Instant marker = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            send(kafka, "content.published", slug, published(approval, article, 2, 2, Instant.now()));
            send(kafka, "content.published", slug, published(UUID.randomUUID().toString(), article, 1, 1, marker));
            await().atMost(WAIT).untilAsserted(() -> assertThat(citations(token, slug))
                    .extracting(CitationView::checkedAt).containsOnly(marker));
            assertThat(driftingRulesCiting(token, slug)).as("the redelivery changed nothing")
                    .isEmpty();
        }
    }

    @Test
    void retractingTheCitedVersionMakesItsRulesDriftAsUnresolved() {
        Article article = Article.SCHMORLS_NODE_INCIDENTAL;
        String slug = article.slug();
        String token = Tokens.accessToken("admin1");
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            ContentStandIn.retract(slug, 1);
            send(kafka, "content.retracted", slug,
                    retracted(UUID.randomUUID().toString(), article, 1, null, Instant.now()));

            await().atMost(WAIT).untilAsserted(() -> assertThat(driftingRulesCiting(token, slug))
                    .isEqualTo(rulesCiting(slug)));
            assertThat(citations(token, slug)).hasSize(citationCount(slug))
                    .allSatisfy(c -> {
                        assertThat(c.resolves()).isFalse();
                        assertThat(c.status()).isEqualTo("RETRACTED");
                        assertThat(c.detail()).contains("superseded by new imaging guidance");
                        assertThat(c.currentVersion()).isNull();
                    });
            assertThat(drift(token)).flatMap(DriftingRule::citations)
                    .filteredOn(c -> c.articleSlug().equals(slug))
                    .allSatisfy(c -> assertThat(c.reason()).isEqualTo(DriftingRule.Reason.UNRESOLVED));
        }
    }

    @Test
    void anEventWithoutAnArticleGoesToTheDeadLetterTopic() {
        String id = UUID.randomUUID().toString();
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>("content.published", id,
                    """
                    {"specversion":"1.0","id":"%s","source":"urn:spinepath:content-service",
                     "type":"org.spinepath.content.published","subject":"x","data":{"version":2,"currentVersion":2,
                     "sections":[]}}""".formatted(id))).awaitCompletion();

            await().atMost(WAIT).untilAsserted(() -> assertThat(kafka.consumeStrings()
                    .fromTopics("content.published.dlq", Duration.ofSeconds(2)).awaitCompletion().getRecords())
                    .anySatisfy(r -> assertThat(r.key()).isEqualTo(id)));
        }
    }

    /**
     * As the content service's outbox relay publishes: keyed by the slug, so one article's events
     * stay in order, with the structured-mode CloudEvents content type and the event id as headers.
     */
    private static void send(KafkaCompanion kafka, String topic, String slug, String event) {
        String id;
        try {
            id = JSON.readTree(event).path("id").asText();
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
        Headers headers = new RecordHeaders()
                .add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8))
                .add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        kafka.produceStrings().fromRecords(new ProducerRecord<>(topic, null, slug, event, headers)).awaitCompletion();
    }

    private static String published(String id, Article article, int version, int current, Instant time) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:spinepath:content-service",
                 "type":"org.spinepath.content.published","subject":"%s","time":"%s",
                 "datacontenttype":"application/json",
                 "data":{"slug":"%s","version":%d,"audienceVariants":["clinician","patient"],
                         "approvedAt":"%s","sections":%s,"currentVersion":%d}}"""
                .formatted(id, article.slug(), time, article.slug(), version, time, sections(article), current);
    }

    private static String retracted(String id, Article article, int version, Integer current, Instant time) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:spinepath:content-service",
                 "type":"org.spinepath.content.retracted","subject":"%s","time":"%s",
                 "datacontenttype":"application/json",
                 "data":{"slug":"%s","version":%d,"audienceVariants":["clinician","patient"],
                         "retractedAt":"%s","reason":"superseded by new imaging guidance","sections":%s,
                         "currentVersion":%s}}"""
                .formatted(id, article.slug(), time, article.slug(), version, time, sections(article), current);
    }

    private static String sections(Article article) {
        List<String> quoted = article.anchors().stream().map(a -> "\"" + a + "\"").toList();
        return "[" + String.join(",", quoted) + "]";
    }
}
