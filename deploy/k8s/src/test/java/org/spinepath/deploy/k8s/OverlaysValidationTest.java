package org.spinepath.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders the overlays of deploy/k8s and checks every object against the Kubernetes API and
 * operator schemas, the platform's policies and the code; then proves each of those validators
 * rejects a broken manifest (validate/selftest.mjs).
 */
class OverlaysValidationTest {

    @BeforeAll
    static void tooling() throws Exception {
        NodeTooling.prepare();
    }

    @Test
    void everyOverlayPassesEveryValidator() throws Exception {
        NodeTooling.Result result = NodeTooling.node("validate.mjs", "--crds", NodeTooling.CRD_DIR.toString(),
                "--out", NodeTooling.K8S_DIR.resolve("target/rendered").toString());
        System.out.print(result.output());
        assertThat(result.exitCode()).as("deploy/k8s validation:%n%s", result.output()).isZero();
    }

    @Test
    void eachValidatorRejectsABrokenManifest() throws Exception {
        NodeTooling.Result result = NodeTooling.node("selftest.mjs", "--crds", NodeTooling.CRD_DIR.toString());
        String summary = result.output().lines().filter(l -> l.startsWith("# ") || l.contains("not ok")).reduce("", (a, b) -> a + b + "\n");
        System.out.print(summary);
        assertThat(result.exitCode()).as("validators that let a broken manifest through:%n%s", result.output()).isZero();
        assertThat(result.output()).contains("# fail 0").doesNotContain("# pass 0");
    }
}
