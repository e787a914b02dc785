package org.spinepath.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

class NodeToolingTest {

    @Test
    void aMachineWithoutNodeIsToldWhatToInstall() throws Exception {
        Path empty = Files.createTempDirectory("no-node");
        try {
            assertThat(NodeTooling.missingTools(empty.toString())).containsExactly("node", "npm");
            assertThat(NodeTooling.missingToolsMessage(NodeTooling.missingTools(empty.toString())))
                    .contains("not on the PATH: node, npm").contains("apt-get install -y nodejs npm");
        } finally {
            Files.delete(empty);
        }
    }

    @Test
    void toolsAreFoundOnThePath() throws Exception {
        Path dir = Files.createTempDirectory("with-node");
        try {
            for (String tool : new String[] {"node", "npm"}) {
                Files.createFile(dir.resolve(tool), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            }
            assertThat(NodeTooling.missingTools("/nonexistent:" + dir)).isEmpty();
        } finally {
            for (String tool : new String[] {"node", "npm"}) {
                Files.deleteIfExists(dir.resolve(tool));
            }
            Files.delete(dir);
        }
    }
}
