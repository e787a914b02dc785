package org.spinepath.common.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "spinepath.platform")
public interface PlatformConfig {

    Events events();

    Outbox outbox();

    Inbox inbox();

    Limits limits();

    interface Limits {
        /** Largest JSON request body; a larger one is a 413. */
        @WithDefault("262144")
        int maxBodyBytes();

        /** Deepest nesting of objects and arrays in a JSON request body. */
        @WithDefault("16")
        int maxJsonDepth();

        /** Most elements of any one JSON array in a request body. */
        @WithDefault("100")
        int maxArrayLength();

        /** Longest JSON string value in a request body: the longest text field of the platform (an article section). */
        @WithDefault("50000")
        int maxStringLength();

        /**
         * Writes (POST, PUT, PATCH, DELETE) one user may make per minute on one instance; the
         * next one is a 429 with Retry-After.
         */
        @WithDefault("120")
        int writesPerMinute();
    }

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

        /** How long the relay waits for Kafka to acknowledge a batch. */
        @WithDefault("30S")
        Duration sendTimeout();

        /**
         * How often the relay looks for rows when nothing wakes it. A transaction that writes an
         * outbox row wakes the relay of its own instance when it commits; the poll is the safety
         * net for rows written by another instance or while this one was not the active relay.
         */
        @WithDefault("0.5S")
        Duration pollInterval();

        /**
         * After this many failed sends a row is parked: it is no longer retried, it raises the
         * {@code spinepath.outbox.parked} alert, and later rows of the same key wait behind it
         * until an operator republishes or discards it.
         */
        @WithDefault("10")
        int maxAttempts();

        /** How long a processed-event ledger row is kept: longer than any topic's retention. */
        @WithDefault("P30D")
        Duration ledgerRetention();

        /**
         * How often, at most, the relay recounts its backlog for the
         * {@code spinepath.outbox.oldest.pending.seconds} and {@code spinepath.outbox.parked}
         * gauges. The two queries cost as much as a drain, and the relay drains after every commit
         * that wakes it, so under load recounting after each drain would double its database work.
         * A drain that parks a row recounts at once, whatever the interval.
         */
        @WithDefault("5S")
        Duration gaugeInterval();
    }

    interface Inbox {
        /** First pause before a consumer retries an event that failed for a passing reason. */
        @WithDefault("0.2S")
        Duration initialBackoff();

        /** The longest pause between two retries of one event. */
        @WithDefault("30S")
        Duration maxBackoff();
    }
}
