package org.spinepath.benchmarks.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** What the benchmark runs against and how hard: every value from the environment, with the local stack's defaults. */
record Settings(String intakeUrl, String keycloakUrl, String kafka, String jdbcBase, String dbUser, String dbPassword,
        String containerPrefix, List<Integer> rates, Duration step, Duration warmup, int warmupRate, Duration drain,
        Path output, String command) {

    static Settings fromEnvironment(String command) {
        return new Settings(
                env("SPINEPATH_BENCH_INTAKE", "http://127.0.0.1:" + env("SPINEPATH_PORT_INTAKE", "8081")),
                env("SPINEPATH_BENCH_KEYCLOAK", "http://127.0.0.1:" + env("SPINEPATH_PORT_KEYCLOAK", "8180")),
                env("SPINEPATH_BENCH_KAFKA", "127.0.0.1:" + env("SPINEPATH_PORT_KAFKA", "19092")),
                env("SPINEPATH_BENCH_JDBC", "jdbc:postgresql://127.0.0.1:" + env("SPINEPATH_PORT_POSTGRES", "15432") + "/"),
                env("SPINEPATH_BENCH_DB_USER", "spinepath"),
                env("SPINEPATH_BENCH_DB_PASSWORD", "spinepath"),
                env("SPINEPATH_BENCH_CONTAINER_PREFIX", "spinepath-local-"),
                Arrays.stream(env("SPINEPATH_BENCH_RATES", "50,100,200,400,800,1200").split(","))
                        .map(String::trim).map(Integer::valueOf).toList(),
                Duration.ofSeconds(Long.parseLong(env("SPINEPATH_BENCH_STEP_SECONDS", "20"))),
                Duration.ofSeconds(Long.parseLong(env("SPINEPATH_BENCH_WARMUP_SECONDS", "20"))),
                Integer.parseInt(env("SPINEPATH_BENCH_WARMUP_RATE", "50")),
                Duration.ofSeconds(Long.parseLong(env("SPINEPATH_BENCH_DRAIN_SECONDS", "45"))),
                Path.of(env("SPINEPATH_BENCH_OUTPUT", "docs/benchmarks")),
                command);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
