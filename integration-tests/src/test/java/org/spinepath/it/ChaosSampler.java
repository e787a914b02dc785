package org.spinepath.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Once a second, the platform's progress as its databases state it: how many accepted cases have
 * their result back in intake, how many referrals exist, and what is still pending in the
 * outboxes and the delivery queue. The backlog is what the load had accepted minus what has its
 * result back. While PostgreSQL is away a sample has no database figures (a gap in the plot).
 */
final class ChaosSampler implements AutoCloseable {

    /** One sample; {@code -1} where the database did not answer. */
    record Sample(Instant at, long accepted, long stored, long resultsBack, long referrals, long pendingDeliveries,
            long outboxPending) {

        boolean complete() {
            return resultsBack >= 0;
        }

        long backlog() {
            return complete() ? Math.max(0, accepted - resultsBack) : -1;
        }
    }

    private final ChaosPlatform platform;
    private final ChaosLoad load;
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    ChaosSampler(ChaosPlatform platform, ChaosLoad load) {
        this.platform = platform;
        this.load = load;
    }

    void start() {
        timer.scheduleWithFixedDelay(() -> samples.add(sample()), 0, 1, TimeUnit.SECONDS);
    }

    Sample sample() {
        long accepted = load.accepted().size();
        try {
            long[] intake = longs("intake", "select count(*), count(*) filter (where triage_result is not null), "
                    + "(select count(*) from outbox_event where published_at is null and parked_at is null) "
                    + "from patient_case");
            long[] triage = longs("triage", "select count(*) from outbox_event where published_at is null and "
                    + "parked_at is null");
            long[] notification = longs("notification", "select (select count(*) from referral), "
                    + "(select count(*) from referral_delivery where status = 'PENDING'), (select count(*) from "
                    + "outbox_event where published_at is null and parked_at is null)");
            return new Sample(Instant.now(), accepted, intake[0], intake[1], notification[0], notification[1],
                    intake[2] + triage[0] + notification[2]);
        } catch (SQLException unavailable) {
            return new Sample(Instant.now(), accepted, -1, -1, -1, -1, -1);
        }
    }

    private long[] longs(String database, String sql) throws SQLException {
        try (Connection c = platform.database(database); Statement s = c.createStatement()) {
            s.setQueryTimeout(5);
            try (ResultSet rows = s.executeQuery(sql)) {
                rows.next();
                long[] values = new long[rows.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rows.getLong(i + 1);
                }
                return values;
            }
        }
    }

    List<Sample> samples() {
        return new ArrayList<>(samples);
    }

    /** The largest backlog among the complete samples of the last {@code window}. */
    long recentBacklog(Duration window) {
        Instant since = Instant.now().minus(window);
        return samples.stream().filter(s -> s.at().isAfter(since) && s.complete()).mapToLong(Sample::backlog).max()
                .orElse(0);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
