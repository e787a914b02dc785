package org.spinepath.deploy.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CRDs of the pinned Strimzi version, generated from Strimzi's own API classes
 * ({@code io.strimzi:api}) by Strimzi's generator, so the schemas the manifests are checked against
 * are the ones that operator version serves, without committing thousands of generated lines.
 */
final class StrimziCrds {

    /** The kinds the manifests use, by the class the operator's CRD is generated from. */
    static final Map<String, String> KINDS = Map.of(
            "kafka", "io.strimzi.api.kafka.model.kafka.Kafka",
            "kafkanodepool", "io.strimzi.api.kafka.model.nodepool.KafkaNodePool",
            "kafkatopic", "io.strimzi.api.kafka.model.topic.KafkaTopic",
            "kafkauser", "io.strimzi.api.kafka.model.user.KafkaUser");

    private StrimziCrds() {
    }

    static void generate(Path dir) throws Exception {
        Files.createDirectories(dir);
        List<String> args = new ArrayList<>(List.of("--yaml", "--crd-api-version", "v1",
                "--api-versions", "v1", "--storage-version", "v1"));
        KINDS.forEach((name, type) -> args.add(type + "=" + dir.resolve(name + ".yaml")));
        // The generator's command line is its only public entry point, and it ends with System.exit:
        // it runs in a JVM of its own, on this test's class path.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.strimzi.crdgenerator.CrdGenerator"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("Strimzi's CRD generator failed:\n" + output);
        }
    }
}
