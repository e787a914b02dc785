package org.spinepath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The chaos run: the whole platform with two replicas of every service, under a steady load of
 * cases, while each component in turn is killed, stopped, cut off or fed poison, and healed. At
 * the end the run counts, from the databases, the topics and the SMTP server, that every accepted
 * case was stored, triaged and answered once, that every referral exists once and was emailed once
 * per recipient and level, and that the dead-letter topics hold exactly the poison.
 *
 * <p>Two sizes: the short run ({@code ./spinepath test}) sends a few hundred cases and injects one
 * fault of each kind with short outages; the full run ({@code ./spinepath chaos},
 * {@code -Dspinepath.chaos=full}) sends about 10,000 cases, kills every service twice and holds
 * each outage as long as the reliability contract names, and writes {@code docs/reliability.md}.
 */
class ChaosIT {

    private static final boolean FULL = "full".equals(System.getProperty("spinepath.chaos", "short"));
    private static final double RATE = Double.parseDouble(System.getProperty("spinepath.chaos.rate", FULL ? "8" : "3"));
    private static final long FULL_CASES = 10_000;

    /** A fault: how it is injected, how long it is held, how it is healed, what proves it healed. */
    record Fault(String name, String what, Runnable inject, Duration hold, Runnable heal, BooleanSupplier healed) {
    }

    /** What one fault did: when, how long the platform took to recover, what the clients saw meanwhile. */
    record Outcome(Fault fault, Instant injected, Instant healed, Instant recovered, Map<Integer, Long> answers,
            String note) {

        Duration recovery() {
            return recovered == null ? null : Duration.between(healed, recovered);
        }
    }

    /** One counted guarantee: what was expected, what was found. */
    record Check(String guarantee, String expected, String found, boolean passed) {
    }

    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final Map<String, Long> figures = new LinkedHashMap<>();
    private final Map<String, List<String>> poison = new LinkedHashMap<>();

    @Test
    void nothingIsLostOrDuplicatedWhileEveryComponentFails() throws Exception {
        Instant begun = Instant.now();
        try (ChaosPlatform platform = new ChaosPlatform(); ChaosLoad load = new ChaosLoad(platform);
                ChaosSampler sampler = new ChaosSampler(platform, load)) {
            Instant started = Instant.now();
            sampler.start();
            load.start(RATE);
            settle(sampler, Duration.ofSeconds(FULL ? 60 : 20));
            for (Fault fault : faults(platform, sampler)) {
                outcomes.add(inject(fault, platform, load, sampler));
                settle(sampler, Duration.ofSeconds(FULL ? 20 : 5));
            }
            if (FULL) {
                while (load.sent() < FULL_CASES) {
                    ChaosPlatform.sleep(1000);
                }
            }
            load.stop();
            Instant stopped = Instant.now();
            Duration drained = drain(platform, sampler, Duration.ofMinutes(FULL ? 15 : 6));
            count(platform, load);
            ChaosReport report = new ChaosReport(FULL, RATE, begun, started, stopped, drained, sampler.samples(),
                    outcomes, checks, figures);
            Path written = report.write();
            System.out.println("chaos report: " + written);
        }
        assertThat(checks).as("every guarantee of the chaos run (see the report)")
                .filteredOn(c -> !c.passed()).isEmpty();
    }

    // ---- the faults ------------------------------------------------------------------------------

    private List<Fault> faults(ChaosPlatform platform, ChaosSampler sampler) {
        Duration serviceDown = Duration.ofSeconds(FULL ? 15 : 5);
        List<Fault> faults = new ArrayList<>();
        for (int round = 1; round <= (FULL ? 2 : 1); round++) {
            boolean midBatch = round == 1;
            for (String service : ChaosPlatform.SERVICES) {
                ChaosPlatform.Replica[] victim = new ChaosPlatform.Replica[1];
                faults.add(new Fault("SIGKILL " + service + (midBatch ? " (its outbox relay, mid-batch)" : " (the other replica)"),
                        "kill -9 of one replica, restarted after " + serviceDown.toSeconds() + " s",
                        () -> {
                            ChaosPlatform.Replica relay = relayHolder(platform, service);
                            victim[0] = midBatch ? relay : platform.replicasOf(service).stream()
                                    .filter(r -> r != relay).findFirst().orElseThrow();
                            platform.kill(victim[0].container());
                        }, serviceDown,
                        () -> platform.start(victim[0].container()),
                        () -> platform.readiness(victim[0]) == 200));
            }
        }
        faults.add(new Fault("SIGKILL Kafka", "kill -9 of the broker, restarted after " + (FULL ? 20 : 5) + " s",
                () -> platform.kill(platform.kafka()), Duration.ofSeconds(FULL ? 20 : 5),
                () -> platform.start(platform.kafka()), () -> reachable(() -> platform.awaitKafka(Duration.ofSeconds(2)))));
        faults.add(new Fault("SIGKILL PostgreSQL", "kill -9 of the database server, restarted after " + (FULL ? 20 : 5) + " s",
                () -> platform.kill(platform.postgres()), Duration.ofSeconds(FULL ? 20 : 5),
                () -> platform.start(platform.postgres()),
                () -> reachable(() -> platform.awaitPostgres(Duration.ofSeconds(2)))));
        faults.add(new Fault("PostgreSQL unreachable", "database server disconnected from the network",
                () -> platform.disconnect(platform.postgres()), Duration.ofSeconds(FULL ? 30 : 12),
                () -> platform.reconnect(platform.postgres()),
                () -> reachable(() -> platform.awaitPostgres(Duration.ofSeconds(2)))));
        faults.add(new Fault("Keycloak stopped", "identity provider stopped, started again after the hold",
                () -> platform.stop(platform.keycloak()), Duration.ofSeconds(FULL ? 60 : 15),
                () -> platform.start(platform.keycloak()),
                () -> reachable(() -> platform.awaitKeycloak(Duration.ofSeconds(2)))));
        long[] pendingBefore = new long[1];
        faults.add(new Fault("SMTP refusing connections", "mail server replaced on the network by a host that refuses",
                () -> {
                    pendingBefore[0] = sampler.sample().pendingDeliveries();
                    platform.refuseSmtp();
                }, Duration.ofSeconds(FULL ? 60 : 12), platform::acceptSmtp,
                () -> sampler.sample().pendingDeliveries() <= Math.max(pendingBefore[0], Math.round(RATE * 5))));
        ChaosPlatform.Replica cutOff = platform.replica("triage-1");
        faults.add(new Fault("triage partitioned", "triage-1 disconnected from the network (Kafka, PostgreSQL, all)",
                () -> platform.disconnect(cutOff.container()), Duration.ofSeconds(FULL ? 45 : 12),
                () -> platform.reconnect(cutOff.container()), () -> platform.readiness(cutOff) == 200));
        faults.add(new Fault("poison records", "one unreadable record produced to each consumed topic",
                () -> ChaosPlatform.CONSUMED_TOPICS.keySet().forEach(topic -> {
                    String key = "poison-" + topic + "-" + System.nanoTime();
                    poison.computeIfAbsent(topic, t -> new ArrayList<>()).add(key);
                    platform.produce(topic, key, "{\"this is\": not an event");
                }), Duration.ZERO, () -> { }, () -> poisonDeadLettered(platform)));
        return faults;
    }

    private static boolean reachable(Runnable probe) {
        try {
            probe.run();
            return true;
        } catch (AssertionError notYet) {
            return false;
        }
    }

    /** The replica whose outbox relay holds the service's advisory lock (found by its address). */
    private static ChaosPlatform.Replica relayHolder(ChaosPlatform platform, String service) {
        try (Connection c = platform.database(service); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select host(a.client_addr) from pg_locks l join pg_stat_activity a "
                        + "on a.pid = l.pid where l.locktype = 'advisory' and l.granted and a.datname = '" + service + "'")) {
            if (rows.next()) {
                String address = rows.getString(1);
                for (ChaosPlatform.Replica replica : platform.replicasOf(service)) {
                    if (replica.container().getContainerInfo().getNetworkSettings().getNetworks().values().stream()
                            .anyMatch(n -> address.equals(n.getIpAddress()))) {
                        return replica;
                    }
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("could not find the relay of " + service, e);
        }
        return platform.replicasOf(service).get(0);
    }

    private Outcome inject(Fault fault, ChaosPlatform platform, ChaosLoad load, ChaosSampler sampler) {
        long before = sampler.recentBacklog(Duration.ofSeconds(10));
        Instant injected = Instant.now();
        fault.inject().run();
        List<Integer> readiness = new ArrayList<>();
        Instant holdUntil = injected.plus(fault.hold());
        while (Instant.now().isBefore(holdUntil)) {
            if (fault.name().startsWith("PostgreSQL unreachable")) {
                platform.replicasOf("intake").forEach(r -> readiness.add(platform.readiness(r)));
            }
            ChaosPlatform.sleep(500);
        }
        fault.heal().run();
        Instant healed = Instant.now();
        Duration limit = Duration.ofMinutes(FULL ? 5 : 3);
        Instant recovered = null;
        long allowed = Math.max(before * 2, Math.round(RATE * 3));
        while (Duration.between(healed, Instant.now()).compareTo(limit) < 0) {
            if (fault.healed().getAsBoolean() && sampler.sample().complete() && sampler.sample().backlog() <= allowed) {
                recovered = Instant.now();
                break;
            }
            ChaosPlatform.sleep(500);
        }
        Instant windowEnd = recovered == null ? Instant.now() : recovered;
        Map<Integer, Long> answers = load.answers().stream()
                .filter(a -> !a.at().isBefore(injected) && !a.at().isAfter(windowEnd))
                .collect(Collectors.groupingBy(ChaosLoad.Answer::status, java.util.TreeMap::new, Collectors.counting()));
        String note = "";
        if (fault.name().startsWith("PostgreSQL unreachable")) {
            long down = readiness.stream().filter(s -> s == 503).count();
            note = "intake readiness during the outage: " + down + " of " + readiness.size() + " probes DOWN (503)";
            checks.add(new Check("readiness says DOWN while PostgreSQL is unreachable", "at least one 503 probe",
                    down + " of " + readiness.size(), down > 0));
        }
        if (fault.name().startsWith("SIGKILL Kafka")) {
            long accepted = acceptedBetween(load, injected, healed);
            note = accepted + " cases accepted while the broker was down";
            checks.add(new Check("intake accepts cases while Kafka is down", "> 0 cases with 201", String.valueOf(accepted),
                    accepted > 0));
        }
        if (fault.name().startsWith("Keycloak")) {
            long accepted = acceptedBetween(load, injected, healed);
            note = accepted + " cases accepted with tokens issued before Keycloak stopped";
            checks.add(new Check("valid tokens keep working while Keycloak is down", "> 0 cases with 201",
                    String.valueOf(accepted), accepted > 0));
        }
        System.out.printf("chaos: %s injected %s, healed after %s, recovered %s%n", fault.name(), injected,
                Duration.between(injected, healed), recovered == null ? "NOT within " + limit
                        : "after " + Duration.between(healed, recovered));
        return new Outcome(fault, injected, healed, recovered, answers, note);
    }

    private static long acceptedBetween(ChaosLoad load, Instant from, Instant to) {
        return load.answers().stream().filter(a -> a.status() == 201 && !a.at().isBefore(from) && !a.at().isAfter(to))
                .count();
    }

    private void settle(ChaosSampler sampler, Duration duration) {
        ChaosPlatform.sleep(duration.toMillis());
    }

    /** Waits until every accepted case has its result and nothing is pending anywhere. */
    private Duration drain(ChaosPlatform platform, ChaosSampler sampler, Duration limit) {
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(limit) < 0) {
            ChaosSampler.Sample s = sampler.sample();
            if (s.complete() && s.backlog() == 0 && s.pendingDeliveries() == 0 && s.outboxPending() == 0
                    && poisonDeadLettered(platform)) {
                return Duration.between(start, Instant.now());
            }
            ChaosPlatform.sleep(1000);
        }
        return null;
    }

    private boolean poisonDeadLettered(ChaosPlatform platform) {
        Map<String, List<String>> dead = deadLetterKeys(platform);
        return poison.entrySet().stream().allMatch(e -> dead.getOrDefault(e.getKey(), List.of()).containsAll(e.getValue()));
    }

    private static Map<String, List<String>> deadLetterKeys(ChaosPlatform platform) {
        Map<String, List<String>> keys = new HashMap<>();
        for (String topic : ChaosPlatform.CONSUMED_TOPICS.keySet()) {
            keys.put(topic, ChaosTopics.read(platform.bootstrapServers(), topic + ChaosPlatform.DLQ).stream()
                    .map(ChaosTopics.Record::key).toList());
        }
        return keys;
    }

    // ---- the counting ----------------------------------------------------------------------------

    private void count(ChaosPlatform platform, ChaosLoad load) throws SQLException {
        Map<String, Instant> accepted = load.accepted();
        figures.put("cases offered", load.sent());
        figures.put("cases accepted (201, or 200 for a retried key)", (long) accepted.size());

        List<ChaosLoad.Answer> answers = load.answers();
        Map<Integer, Long> byStatus = answers.stream()
                .collect(Collectors.groupingBy(ChaosLoad.Answer::status, java.util.TreeMap::new, Collectors.counting()));
        byStatus.forEach((status, n) -> figures.put("answers with status " + (status == 0 ? "0 (no connection)"
                : status == -1 ? "-1 (no token from Keycloak)" : status), n));
        List<ChaosLoad.Answer> serverErrors = answers.stream().filter(a -> a.status() >= 500 && a.status() != 503).toList();
        checks.add(new Check("no request got a 5xx other than 503", "0", String.valueOf(serverErrors.size())
                + serverErrors.stream().limit(3).map(a -> " [" + a.status() + " " + abbreviate(a.body()) + "]")
                        .collect(Collectors.joining()), serverErrors.isEmpty()));
        List<ChaosLoad.Answer> bad503 = answers.stream().filter(a -> a.status() == 503 && !(a.retryAfter() && a.problemJson()))
                .toList();
        checks.add(new Check("every 503 is problem+json with Retry-After", "0 without", String.valueOf(bad503.size()),
                bad503.isEmpty()));
        List<ChaosLoad.Answer> clientErrors = answers.stream().filter(a -> a.status() >= 400 && a.status() < 500
                && a.status() != 429).toList();
        checks.add(new Check("no valid case was refused (4xx)", "0", String.valueOf(clientErrors.size())
                + clientErrors.stream().limit(3).map(a -> " [" + a.status() + " " + abbreviate(a.body()) + "]")
                        .collect(Collectors.joining()), clientErrors.isEmpty()));
        checks.add(new Check("every request got a final answer", "0 abandoned", String.valueOf(load.abandoned().size()),
                load.abandoned().isEmpty()));
        long splitKeys = load.caseIdsByKey().values().stream().filter(ids -> ids.size() > 1).count();
        checks.add(new Check("a retried Idempotency-Key always names the same case", "0 keys with two cases",
                String.valueOf(splitKeys), splitKeys == 0));

        // intake: stored once, result back, none failed
        Map<String, String> intakeStatus = new HashMap<>();
        Set<String> withResult = new HashSet<>();
        query(platform, "intake", "select id, status, triage_result is not null from patient_case", rows -> {
            intakeStatus.put(rows.getString(1), rows.getString(2));
            if (rows.getBoolean(3)) {
                withResult.add(rows.getString(1));
            }
        });
        long missing = accepted.keySet().stream().filter(id -> !intakeStatus.containsKey(id)).count();
        checks.add(new Check("every accepted case is stored in intake", "0 missing", String.valueOf(missing), missing == 0));
        long noResult = accepted.keySet().stream().filter(id -> !withResult.contains(id)).count();
        checks.add(new Check("every accepted case has its triage result back in intake", "0 without",
                String.valueOf(noResult), noResult == 0));
        long failed = intakeStatus.values().stream().filter("FAILED"::equals).count();
        checks.add(new Check("no case was marked FAILED", "0", String.valueOf(failed), failed == 0));

        // triage: one result per case, one triage.completed event per case
        Map<String, String> referralLevel = new HashMap<>();
        query(platform, "triage", "select case_id, referral_level from triage_result", rows ->
                referralLevel.put(rows.getString(1), rows.getString(2)));
        long untriaged = accepted.keySet().stream().filter(id -> !referralLevel.containsKey(id)).count();
        checks.add(new Check("every accepted case is triaged (a result row in triage)", "0 missing",
                String.valueOf(untriaged), untriaged == 0));
        List<ChaosTopics.Record> completed = ChaosTopics.read(platform.bootstrapServers(), Platform.TRIAGE_COMPLETED);
        Map<String, Set<String>> eventsByCase = new HashMap<>();
        completed.stream().filter(r -> !r.key().startsWith("poison-"))
                .forEach(r -> eventsByCase.computeIfAbsent(r.key(), k -> new HashSet<>()).add(r.eventId()));
        long triagedTwice = eventsByCase.values().stream().filter(ids -> ids.size() > 1).count();
        long notPublished = accepted.keySet().stream().filter(id -> !eventsByCase.containsKey(id)).count();
        checks.add(new Check("every case is triaged once (one triage.completed event id per case)",
                "0 cases with two, 0 with none", triagedTwice + " with two, " + notPublished + " with none",
                triagedTwice == 0 && notPublished == 0));
        figures.put("triage.completed records re-sent with the same event id (at-least-once relay)",
                completed.stream().filter(r -> !r.key().startsWith("poison-")).count()
                        - eventsByCase.values().stream().mapToLong(Set::size).sum());

        // notification: one referral per case and level, every delivery done, one email per delivery
        Map<String, List<String>> referralsByCase = new HashMap<>();
        query(platform, "notification", "select case_id, level from referral", rows ->
                referralsByCase.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2)));
        long expected = accepted.keySet().stream().filter(id -> referralLevel.get(id) != null).count();
        figures.put("accepted cases with a referral-level flag", expected);
        long wrong = accepted.keySet().stream().filter(id -> {
            String level = referralLevel.get(id);
            List<String> got = referralsByCase.getOrDefault(id, List.of());
            return level == null ? !got.isEmpty() : !got.equals(List.of(level));
        }).count();
        checks.add(new Check("exactly one referral per case and level (none without a flag)", "0 cases otherwise",
                String.valueOf(wrong), wrong == 0));
        Map<String, Long> deliveryStatus = new java.util.TreeMap<>();
        Map<String, String> emailKeys = new HashMap<>();
        query(platform, "notification", "select channel, status, idempotency_key, recipient from referral_delivery", rows -> {
            deliveryStatus.merge(rows.getString(1) + " " + rows.getString(2), 1L, Long::sum);
            if ("EMAIL".equals(rows.getString(1)) && "DELIVERED".equals(rows.getString(2))) {
                emailKeys.put(rows.getString(3), rows.getString(4));
            }
        });
        deliveryStatus.forEach((k, n) -> figures.put("deliveries " + k, n));
        long undelivered = deliveryStatus.entrySet().stream()
                .filter(e -> !e.getKey().endsWith(" DELIVERED") && !e.getKey().endsWith(" CANCELLED"))
                .mapToLong(Map.Entry::getValue).sum();
        checks.add(new Check("no referral delivery stays undelivered (pending, failed or parked)", "0",
                String.valueOf(undelivered), undelivered == 0));
        List<Platform.Mail> mails = platform.mails();
        Map<String, Long> perMessageId = mails.stream().collect(Collectors.groupingBy(m -> stripBrackets(m.messageId()),
                Collectors.counting()));
        figures.put("emails received by the SMTP server", (long) mails.size());
        figures.put("emails re-sent with a Message-ID already received (raw duplicates)",
                perMessageId.values().stream().mapToLong(n -> n - 1).sum());
        long lostEmails = emailKeys.keySet().stream().filter(k -> !perMessageId.containsKey(k)).count();
        long strayEmails = perMessageId.keySet().stream().filter(id -> !emailKeys.containsKey(id)).count();
        checks.add(new Check("one email per referral, level and recipient (by Message-ID)",
                "0 delivered without an email, 0 emails without a delivery",
                lostEmails + " without an email, " + strayEmails + " without a delivery", lostEmails == 0 && strayEmails == 0));

        // dead letters: exactly the poison
        Map<String, List<String>> dead = deadLetterKeys(platform);
        for (Map.Entry<String, Integer> consumed : ChaosPlatform.CONSUMED_TOPICS.entrySet()) {
            String topic = consumed.getKey();
            List<String> expectedKeys = new ArrayList<>();
            poison.getOrDefault(topic, List.of()).forEach(key -> {
                for (int copy = 0; copy < consumed.getValue(); copy++) {
                    expectedKeys.add(key);
                }
            });
            List<String> found = new ArrayList<>(dead.getOrDefault(topic, List.of()));
            java.util.Collections.sort(expectedKeys);
            java.util.Collections.sort(found);
            checks.add(new Check(topic + ".dlq holds exactly the poison (one copy per consuming service)",
                    expectedKeys.size() + " record(s)", found.size() + " record(s)" + (found.equals(expectedKeys) ? ""
                            : ": " + found), found.equals(expectedKeys)));
        }
    }

    private interface RowHandler {
        void row(ResultSet rows) throws SQLException;
    }

    private static void query(ChaosPlatform platform, String database, String sql, RowHandler handler) throws SQLException {
        try (Connection c = platform.database(database); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                handler.row(rows);
            }
        }
    }

    private static String stripBrackets(String messageId) {
        String id = messageId.trim();
        return id.startsWith("<") && id.endsWith(">") ? id.substring(1, id.length() - 1) : id;
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
