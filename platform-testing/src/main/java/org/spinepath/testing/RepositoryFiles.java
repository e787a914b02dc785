package org.spinepath.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds files of the SpinePath repository from wherever a test runs (a module directory). */
final class RepositoryFiles {

    /** Overrides the search: the repository's root directory. */
    static final String ROOT_PROPERTY = "spinepath.repository.root";

    private RepositoryFiles() {
    }

    /** {@code relative} under the first directory, from the working directory up, that has it. */
    static Optional<Path> find(String relative) {
        String root = System.getProperty(ROOT_PROPERTY);
        if (root != null && !root.isBlank()) {
            Path file = Path.of(root).resolve(relative);
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve(relative);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
