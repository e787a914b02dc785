package org.spinepath.common.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "spinepath.platform")
public interface PlatformConfig {

    Events events();

    Outbox outbox();

    interface Events {
        /** CloudEvent {@code source} of the events this service emits. */
        @WithDefault("urn:spinepath:${quarkus.application.name}")
        String source();
    }

    interface Outbox {
        /** Largest number of events the relay sends in one transaction. */
        @WithDefault("100")
        int batchSize();

        /** How long published rows are kept for audit before they are purged. */
        @WithDefault("P7D")
        Duration retention();

        /** How long the relay waits for Kafka to acknowledge one event. */
        @WithDefault("30S")
        Duration sendTimeout();
    }
}
