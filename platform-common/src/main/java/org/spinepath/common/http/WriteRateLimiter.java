package org.spinepath.common.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.spinepath.common.config.PlatformConfig;

/**
 * Per-user limit on writes: a fixed one-minute window per user, on this instance. With n
 * replicas a user can make at most n times the limit; the limit is there to stop a runaway
 * client or a stolen token from flooding the platform, not to meter use exactly.
 */
@ApplicationScoped
public class WriteRateLimiter {

    private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();

    private final int limit;
    private final LongSupplier clock;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    @Inject
    public WriteRateLimiter(PlatformConfig config) {
        this(config.limits().writesPerMinute(), System::nanoTime);
    }

    WriteRateLimiter(int limit, LongSupplier clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** @return 0 when the write may go ahead, else the whole seconds until the user's window reopens */
    public long tryAcquire(String user) {
        long now = clock.getAsLong();
        long[] window = windows.compute(user, (u, w) -> {
            if (w == null || now - w[0] >= WINDOW_NANOS) {
                return new long[] { now, 1 };
            }
            w[1]++;
            return w;
        });
        if (window[1] <= limit) {
            return 0;
        }
        long remaining = WINDOW_NANOS - (now - window[0]);
        return Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L);
    }

    /** Forgets windows that have closed, so the map holds only users active in the last minute. */
    @io.quarkus.scheduler.Scheduled(every = "1m")
    void forgetClosedWindows() {
        long now = clock.getAsLong();
        windows.values().removeIf(w -> now - w[0] >= WINDOW_NANOS);
    }
}
