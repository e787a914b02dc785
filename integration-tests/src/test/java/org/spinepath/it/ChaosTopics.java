package org.spinepath.it;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Whole topics, read from the beginning, for the chaos run's counting. */
final class ChaosTopics {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A record's key and, when its value is a CloudEvent, the event's id (else empty). */
    record Record(String key, String eventId) {
    }

    private ChaosTopics() {
    }

    static List<Record> read(String bootstrap, String topic) {
        return new TopicReader(bootstrap).await(topic, r -> true, 0, Duration.ofSeconds(30)).stream()
                .map(r -> new Record(r.key() == null ? "" : r.key(), eventId(r.value()))).toList();
    }

    private static String eventId(String value) {
        try {
            return JSON.readTree(value).path("id").asText("");
        } catch (Exception notAnEvent) {
            return "";
        }
    }
}
