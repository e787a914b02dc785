package org.spinepath.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class WriteRateLimiterTest {

    private final AtomicLong now = new AtomicLong(TimeUnit.HOURS.toNanos(5));
    private final WriteRateLimiter limiter = new WriteRateLimiter(3, now::get);

    @Test
    void theWriteAfterTheLimitWaitsUntilTheUsersMinuteEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("clinician1")).isZero();
        }
        now.addAndGet(TimeUnit.SECONDS.toNanos(20));
        assertThat(limiter.tryAcquire("clinician1")).isEqualTo(40);
        assertThat(limiter.tryAcquire("clinician2")).as("another user has a window of their own").isZero();
        now.addAndGet(TimeUnit.SECONDS.toNanos(40));
        assertThat(limiter.tryAcquire("clinician1")).isZero();
    }
}
