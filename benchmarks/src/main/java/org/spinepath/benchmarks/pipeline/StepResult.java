package org.spinepath.benchmarks.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

/** One offered rate of the sweep, summarised. */
final class StepResult {

    static final long MAX_MICROS = 3_600_000_000L;

    final int offered;
    final long seconds;
    final int sent;
    int errors;
    int resulted;
    int referralsExpected;
    int emails;
    double achieved;
    boolean growing;
    double drainSeconds;
    final Map<Stage, Histogram> stages = new EnumMap<>(Stage.class);
    final Map<Stage.Segment, Histogram> segments = new EnumMap<>(Stage.Segment.class);

    StepResult(int offered, long seconds, List<Sample> samples) {
        this.offered = offered;
        this.seconds = seconds;
        this.sent = samples.size();
        for (Stage stage : Stage.values()) {
            stages.put(stage, new Histogram(MAX_MICROS, 3));
        }
        for (Stage.Segment segment : Stage.Segment.values()) {
            segments.put(segment, new Histogram(MAX_MICROS, 3));
        }
        if (samples.isEmpty()) {
            return;
        }
        long start = samples.getFirst().intended;
        long end = start + seconds * 1_000_000;
        long windowStart = start + 2_000_000;
        int inWindow = 0;
        List<Long> results = new ArrayList<>();
        for (Sample s : samples) {
            if (s.status != 201) {
                errors++;
            }
            for (Stage stage : Stage.values()) {
                long at = stage.at.applyAsLong(s);
                if (at != 0) {
                    stages.get(stage).recordValue(Math.min(MAX_MICROS, s.since(at)));
                }
            }
            for (Stage.Segment segment : Stage.Segment.values()) {
                long d = segment.of(s);
                if (d >= 0) {
                    segments.get(segment).recordValue(Math.min(MAX_MICROS, d));
                }
            }
            if (s.result != 0) {
                resulted++;
                results.add(s.result - s.intended);
                if (s.result >= windowStart && s.result <= end) {
                    inWindow++;
                }
            }
            if (s.referral) {
                referralsExpected++;
                if (s.email != 0) {
                    emails++;
                }
            }
        }
        achieved = inWindow / (double) Math.max(1, seconds - 2);
        int quarter = results.size() / 4;
        if (quarter >= 10) {
            long first = median(results.subList(0, quarter));
            long last = median(results.subList(results.size() - quarter, results.size()));
            growing = last > 2 * first + 200_000;
        }
    }

    boolean sustainable() {
        return errors == 0 && resulted == sent && !growing && achieved >= 0.95 * offered
                && p(Stage.RESULT, 99) < 1_000_000;
    }

    long p(Stage stage, double percentile) {
        Histogram h = stages.get(stage);
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
