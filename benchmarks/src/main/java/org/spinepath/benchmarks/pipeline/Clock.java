package org.spinepath.benchmarks.pipeline;

import java.time.Instant;

/**
 * Wall-clock microseconds, the unit every stage is recorded in: the platform's timestamps come from
 * the same kernel clock (its containers share this machine's), so they compare directly with the
 * load's. Intervals inside the load generator use {@link System#nanoTime()} offsets from one base.
 */
final class Clock {

    private static final long BASE_NANOS = System.nanoTime();
    private static final long BASE_MICROS = micros(Instant.now());

    private Clock() {
    }

    static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
    }

    static long microsAt(long nanoTime) {
        return BASE_MICROS + (nanoTime - BASE_NANOS) / 1_000;
    }

    static long nowMicros() {
        return microsAt(System.nanoTime());
    }
}
