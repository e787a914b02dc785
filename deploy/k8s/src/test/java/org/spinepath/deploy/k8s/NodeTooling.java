package org.spinepath.deploy.k8s;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The validation tooling of deploy/k8s/validate, run with the machine's Node.js and npm: its
 * dependencies are installed from the committed package-lock.json, the Strimzi CRDs generated
 * once per build.
 */
final class NodeTooling {

    static final Path K8S_DIR = Path.of(System.getProperty("spinepath.k8s.dir", ".")).toAbsolutePath().normalize();
    static final Path VALIDATE_DIR = K8S_DIR.resolve("validate");
    static final Path CRD_DIR = K8S_DIR.resolve("target/strimzi-crds");

    record Result(int exitCode, String output) {
    }

    private static boolean prepared;

    private NodeTooling() {
    }

    /** Node and npm present, dependencies installed, CRDs generated; fails with what to do otherwise. */
    static synchronized void prepare() throws Exception {
        if (prepared) {
            return;
        }
        List<String> missing = missingTools(System.getenv().getOrDefault("PATH", ""));
        if (!missing.isEmpty()) {
            throw new IllegalStateException(missingToolsMessage(missing));
        }
        Result version = run(List.of("node", "-p", "process.versions.node"), 30);
        if (Integer.parseInt(version.output().strip().split("\\.")[0]) < 20) {
            throw new IllegalStateException("Node.js 20 or later is needed; this machine has " + version.output().strip());
        }
        Path installed = VALIDATE_DIR.resolve("node_modules/.package-lock.json");
        Path lock = VALIDATE_DIR.resolve("package-lock.json");
        if (!Files.exists(installed) || Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) < 0) {
            Result ci = run(List.of("npm", "ci", "--no-audit", "--no-fund"), 600);
            if (ci.exitCode() != 0) {
                throw new IllegalStateException("npm ci in " + VALIDATE_DIR + " failed:\n" + ci.output());
            }
        }
        if (!Files.exists(CRD_DIR.resolve("kafka.yaml"))) {
            StrimziCrds.generate(CRD_DIR);
        }
        prepared = true;
    }

    static Result node(String script, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        return run(command, 300);
    }

    private static Result run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("spinepath-k8s-", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(VALIDATE_DIR.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The tools of the validation that are not on the given PATH. */
    static List<String> missingTools(String path) {
        return List.of("node", "npm").stream()
                .filter(tool -> Arrays.stream(path.split(File.pathSeparator))
                        .filter(dir -> !dir.isEmpty())
                        .noneMatch(dir -> Files.isExecutable(Path.of(dir, tool))))
                .toList();
    }

    static String missingToolsMessage(List<String> missing) {
        return "The Kubernetes manifests (deploy/k8s) are validated with Node.js 20 or later and npm; not on the PATH: "
                + String.join(", ", missing) + ". On Debian: apt-get install -y nodejs npm";
    }
}
