package org.spinepath.benchmarks.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine and the versions a run measured, so that a reader can tell what the figures mean. */
final class RunInfo {

    final Instant started = Instant.now();
    final String cpu;
    final int cores;
    final String memory;
    final String kernel;
    final String java;
    final String docker;
    final Map<String, String> images = new LinkedHashMap<>();
    final String quarkus;
    private final String loadBefore;
    String loadAfter;

    private RunInfo(Settings settings, Containers containers) {
        cpu = grep("/proc/cpuinfo", "model name");
        cores = Runtime.getRuntime().availableProcessors();
        memory = grep("/proc/meminfo", "MemTotal");
        String uname = Containers.run(List.of("uname", "-sr"));
        kernel = uname == null ? "?" : uname.trim();
        java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        String d = Containers.run(List.of("docker", "version", "--format", "{{.Server.Version}}"));
        docker = d == null ? "?" : d.trim();
        for (String name : Containers.ALL) {
            images.put(name, containers.image(name));
        }
        quarkus = System.getProperty("spinepath.quarkus", "?");
        loadBefore = loadAverage();
    }

    static RunInfo collect(Settings settings, Containers containers) {
        return new RunInfo(settings, containers);
    }

    String loadBefore() {
        return loadBefore;
    }

    void finish() {
        loadAfter = loadAverage();
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String grep(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
