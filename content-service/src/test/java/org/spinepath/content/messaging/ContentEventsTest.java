package org.spinepath.content.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.spinepath.content.support.Api.as;
import static org.spinepath.content.support.Api.createArticle;
import static org.spinepath.content.support.Api.publish;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Approval and retraction reach Kafka through the outbox, on a real broker. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "content"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(value = KeycloakTestResource.class, initArgs = @ResourceArg(name = "client", value = "content-service"))
class ContentEventsTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void approvingAVersionPublishesContentPublishedKeyedByTheSlug() {
        String slug = createArticle("event-published");
        publish(slug, 1);

        JsonNode event = awaitEvent("content.published", slug);
        assertThat(event.path("type").asText()).isEqualTo("org.spinepath.content.published");
        assertThat(event.path("subject").asText()).isEqualTo(slug);
        assertThat(event.path("source").asText()).isEqualTo("urn:spinepath:content-service");
        JsonNode data = event.path("data");
        assertThat(data.path("slug").asText()).isEqualTo(slug);
        assertThat(data.path("version").asInt()).isEqualTo(1);
        assertThat(data.path("currentVersion").asInt()).isEqualTo(1);
        assertThat(mapper.convertValue(data.path("audienceVariants"), List.class)).containsExactly("clinician", "patient");
        assertThat(mapper.convertValue(data.path("sections"), List.class)).containsExactly("overview", "dosing");
        assertThat(data.path("approvedAt").asText()).isNotBlank();
    }

    @Test
    void retractingAVersionPublishesContentRetracted() {
        String slug = createArticle("event-retracted");
        publish(slug, 1);
        as("reviewer1").contentType(ContentType.JSON).body("{\"reason\": \"superseded guidance\"}")
                .post("/api/articles/" + slug + "/versions/1/retract").then().statusCode(200);

        JsonNode data = awaitEvent("content.retracted", slug).path("data");
        assertThat(data.path("version").asInt()).isEqualTo(1);
        assertThat(data.path("reason").asText()).isEqualTo("superseded guidance");
        assertThat(data.path("retractedAt").asText()).isNotBlank();
        assertThat(data.has("currentVersion")).isTrue();
        assertThat(data.path("currentVersion").isNull()).isTrue();
    }

    @Test
    void theBundledArticlesWereAnnouncedWhenTheyWereImported() {
        JsonNode data = awaitEvent("content.published", "spinal-pain-treatment").path("data");
        assertThat(data.path("version").asInt()).isEqualTo(1);
        assertThat(data.path("approvedAt").asText()).startsWith("2025-07-04");
        assertThat(mapper.convertValue(data.path("sections"), List.class)).contains("central-disc-prolapse");
    }

    private JsonNode awaitEvent(String topic, String key) {
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(topic);
            // The outbox relay publishes asynchronously after the commit; wait for it, up to a deadline.
            ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(30))
                    .until(() -> records.getRecords().stream().filter(r -> key.equals(r.key())).findFirst(),
                            Optional::isPresent)
                    .orElseThrow();
            records.stop();
            return mapper.readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new AssertionError("event on " + topic + " is not JSON", e);
        }
    }
}
