package org.spinepath.benchmarks.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each container of the local stack costs, read from Docker: CPU time from the container's
 * cgroup (so a service's every thread counts, and the benchmark's own process does not), resident
 * memory of its main process from /proc, and a service's start-up time from its own log line.
 */
final class Containers {

    static final List<String> SERVICES = List.of("intake-service", "triage-service", "content-service",
            "notification-service");
    static final List<String> ALL = List.of("intake-service", "triage-service", "content-service",
            "notification-service", "postgres", "kafka", "keycloak", "smtp");

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    private final String prefix;

    Containers(String prefix) {
        this.prefix = prefix;
    }

    /** CPU seconds used so far by each container. */
    Map<String, Double> cpuSeconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String name : ALL) {
            String v2 = exec(name, "cat", "/sys/fs/cgroup/cpu.stat");
            if (v2 != null && v2.contains("usage_usec")) {
                for (String line : v2.split("\n")) {
                    if (line.startsWith("usage_usec ")) {
                        out.put(name, Long.parseLong(line.substring(11).trim()) / 1e6);
                    }
                }
                continue;
            }
            String v1 = exec(name, "cat", "/sys/fs/cgroup/cpuacct/cpuacct.usage");
            if (v1 != null && !v1.isBlank()) {
                out.put(name, Long.parseLong(v1.trim()) / 1e9);
            }
        }
        return out;
    }

    /**
     * Resident memory in MB: of a service's JVM (its container's process 1), and of the whole
     * container (its cgroup's anonymous memory) for the infrastructure, whose process 1 may be a
     * launcher script.
     */
    Map<String, Double> rssMb() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String name : ALL) {
            Long kb = SERVICES.contains(name) ? field(exec(name, "cat", "/proc/1/status"), "VmRSS:")
                    : cgroupAnonKb(name);
            if (kb != null) {
                out.put(name, kb / 1024.0);
            }
        }
        return out;
    }

    private Long cgroupAnonKb(String name) {
        Long v2 = field(exec(name, "cat", "/sys/fs/cgroup/memory.stat"), "anon ");
        if (v2 != null) {
            return v2 / 1024;
        }
        Long v1 = field(exec(name, "cat", "/sys/fs/cgroup/memory/memory.stat"), "total_rss ");
        return v1 == null ? null : v1 / 1024;
    }

    private static Long field(String text, String prefix) {
        if (text == null) {
            return null;
        }
        for (String line : text.split("\n")) {
            if (line.startsWith(prefix)) {
                return Long.valueOf(line.substring(prefix.length()).replaceAll("[^0-9]", ""));
            }
        }
        return null;
    }

    /** Each service's own "started in" figure: from JVM start until it listens, ready for its first request. */
    Map<String, Double> startSeconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String name : SERVICES) {
            String log = run(List.of("docker", "logs", prefix + name));
            if (log == null) {
                continue;
            }
            Matcher m = STARTED.matcher(log);
            Double last = null;
            while (m.find()) {
                last = Double.valueOf(m.group(1));
            }
            if (last != null) {
                out.put(name, last);
            }
        }
        return out;
    }

    String image(String name) {
        String image = run(List.of("docker", "inspect", "-f", "{{.Config.Image}}", prefix + name));
        return image == null ? "?" : image.trim();
    }

    private String exec(String name, String... command) {
        List<String> args = new java.util.ArrayList<>(List.of("docker", "exec", prefix + name));
        args.addAll(List.of(command));
        return run(args);
    }

    static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
