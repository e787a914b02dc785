package org.spinepath.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The JVM's shared Kafka broker for a Quarkus test: sets {@code kafka.bootstrap.servers}, which
 * every SmallRye Kafka channel uses by default and which turns Dev Services for Kafka off. Topics
 * are created on first use.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    /** The shared broker's address, for test code that produces or consumes directly. */
    public static String bootstrapServers() {
        return SpinePathContainers.kafka().bootstrapServers();
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; stopped when the JVM exits.
    }
}
