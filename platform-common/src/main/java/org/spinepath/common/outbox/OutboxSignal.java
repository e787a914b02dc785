package org.spinepath.common.outbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Wakes the relay when a transaction that wrote outbox rows commits, so an event leaves within
 * milliseconds instead of waiting for the next poll.
 */
@ApplicationScoped
public class OutboxSignal {

    private final Semaphore permits = new Semaphore(0);

    void wake() {
        if (permits.availablePermits() == 0) {
            permits.release();
        }
    }

    /** Waits until woken or until {@code timeout} passes, then clears any further wake-ups. */
    void await(Duration timeout) throws InterruptedException {
        permits.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
        permits.drainPermits();
    }
}
