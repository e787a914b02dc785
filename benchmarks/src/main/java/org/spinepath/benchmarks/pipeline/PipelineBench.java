package org.spinepath.benchmarks.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline benchmark behind {@code ./spinepath bench}: measures the floor of the local stack's
 * Kafka and PostgreSQL, warms the services up, sweeps offered rates until the pipeline no longer
 * keeps up, and writes {@code docs/benchmarks/pipeline.md} with its plots.
 */
public final class PipelineBench {

    /** How long a step waits for its referral emails once its results are in (the rest are timed at the end). */
    private static final long EMAIL_GRACE_NANOS = 10_000_000_000L;

    private PipelineBench() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromEnvironment(String.join(" ", args).isBlank()
                ? "./spinepath bench" : String.join(" ", args));
        Containers containers = new Containers(settings.containerPrefix());
        RunInfo info = RunInfo.collect(settings, containers);
        log("offered rates " + settings.rates() + ", " + settings.step().toSeconds() + " s each; machine load "
                + info.loadBefore());

        try (Tokens tokens = new Tokens(settings.keycloakUrl(), "clinician1", "spinepath-dev");
                StageListener listener = new StageListener(settings.kafka());
                StoredTimes stored = new StoredTimes(settings)) {
            listener.awaitAssignment();
            log("floor: Kafka round trips and PostgreSQL commits");
            Floor floor = Floor.measure(settings, 2_000, 200, 2_000);

            CaseMix mix = new CaseMix();
            OpenLoop load = new OpenLoop(settings.intakeUrl(), tokens, mix);
            log("warm-up: " + settings.warmupRate() + " cases/s for " + settings.warmup().toSeconds() + " s (not counted)");
            List<Sample> warm = load.run(settings.warmupRate(), settings.warmup());
            drain(warm, listener, stored, settings.drain());

            Map<String, Double> cpuBefore = containers.cpuSeconds();
            Map<String, Double> keycloakBefore = Map.of("keycloak", cpuBefore.getOrDefault("keycloak", 0.0));
            int tokensBefore = tokens.fetched();
            List<StepResult> steps = new ArrayList<>();
            List<List<Sample>> stepSamples = new ArrayList<>();
            int cases = 0;
            Instant sweepStart = Instant.now();
            for (int rate : settings.rates()) {
                log("step: " + rate + " cases/s for " + settings.step().toSeconds() + " s");
                List<Sample> samples = load.run(rate, settings.step());
                double drained = drain(samples, listener, stored, settings.drain());
                stored.fill(samples);
                StepResult step = new StepResult(rate, settings.step().toSeconds(), samples);
                step.drainSeconds = drained;
                steps.add(step);
                stepSamples.add(samples);
                cases += samples.size();
                log(String.format("  achieved %.0f/s, POST p99 %.1f ms, result p50 %.1f p99 %.1f ms, email p99 %.1f ms,"
                        + " errors %d, unfinished %d, emails %d/%d, growing %s -> %s",
                        step.achieved, step.p(Stage.POST, 99) / 1e3, step.p(Stage.RESULT, 50) / 1e3,
                        step.p(Stage.RESULT, 99) / 1e3, step.p(Stage.EMAIL, 99) / 1e3, step.errors,
                        step.sent - step.resulted, step.emails, step.referralsExpected, step.growing,
                        step.sustainable() ? "sustained" : "NOT sustained"));
                if (!step.sustainable()) {
                    break;
                }
            }
            Duration sweep = Duration.between(sweepStart, Instant.now());
            Map<String, Double> cpuAfter = containers.cpuSeconds();
            // Emails may trail the results by far: give the last ones time to arrive, then time every
            // step's emails again, so that a late email counts with its real latency, not as missing.
            List<Sample> all = stepSamples.stream().flatMap(List::stream).toList();
            log("waiting up to " + settings.drain().toSeconds() + " s for the last referral emails");
            awaitEmails(all, stored, settings.drain());
            for (int i = 0; i < steps.size(); i++) {
                stored.fill(stepSamples.get(i));
                StepResult again = new StepResult(steps.get(i).offered, settings.step().toSeconds(), stepSamples.get(i));
                again.drainSeconds = steps.get(i).drainSeconds;
                steps.set(i, again);
            }
            Map<String, Double> cpuPerThousand = new LinkedHashMap<>();
            for (var e : cpuAfter.entrySet()) {
                double before = cpuBefore.getOrDefault(e.getKey(), e.getValue());
                cpuPerThousand.put(e.getKey(), (e.getValue() - before) * 1000.0 / Math.max(1, cases));
            }
            Usage usage = new Usage(containers.startSeconds(), containers.rssMb(), cpuPerThousand,
                    cpuAfter.getOrDefault("keycloak", 0.0) - keycloakBefore.get("keycloak"),
                    tokens.fetched() - tokensBefore, cases, sweep);
            info.finish();
            load.close();
            new Report(settings, info, floor, steps, usage).write();
            log("wrote " + settings.output().resolve("pipeline.md"));
        }
    }

    private static void awaitEmails(List<Sample> samples, StoredTimes stored, Duration limit) throws Exception {
        List<String> referrals = samples.stream().filter(s -> s.referral && s.caseId != null).map(s -> s.caseId)
                .toList();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && stored.emailsDelivered(referrals) < referrals.size()) {
            Thread.sleep(1_000);
        }
    }

    /**
     * Waits until every case of the step is triaged and stored back in intake, and (for at most 10 s
     * more) until every referral's email is accepted, so that the next step starts on an empty pipeline. Completion is checked
     * here only to know when to move on; every stage's time comes from the platform's own records.
     */
    private static double drain(List<Sample> samples, StageListener listener, StoredTimes stored, Duration limit)
            throws Exception {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        List<String> ids = samples.stream().filter(s -> s.caseId != null).map(s -> s.caseId).toList();
        long resultsDone = 0;
        while (System.nanoTime() < deadline) {
            List<String> referrals = new ArrayList<>();
            int evaluated = 0;
            for (Sample s : samples) {
                StageListener.Seen seen = s.caseId == null ? null : listener.of(s.caseId);
                if (seen == null) {
                    continue;
                }
                s.submitted = seen.submitted;
                s.evaluated = seen.evaluated;
                s.referralRequested = seen.referralRequested;
                s.referral = seen.referralRequired;
                if (seen.evaluated != 0) {
                    evaluated++;
                }
                if (seen.referralRequired) {
                    referrals.add(s.caseId);
                }
            }
            if (evaluated == ids.size() && stored.intakeTriaged(ids) == ids.size()) {
                if (resultsDone == 0) {
                    resultsDone = System.nanoTime();
                }
                if (stored.emailsDelivered(referrals) == referrals.size()
                        || System.nanoTime() - resultsDone > EMAIL_GRACE_NANOS) {
                    break;
                }
            }
            Thread.sleep(500);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static void log(String message) {
        System.out.println("[bench " + Instant.now().toString().substring(11, 19) + "] " + message);
    }

    record Usage(Map<String, Double> startSeconds, Map<String, Double> rssMb, Map<String, Double> cpuPerThousand,
            double keycloakCpuSeconds, int tokenFetches, int cases, Duration sweep) {
    }
}
