package org.spinepath.triage.engine.v1.catalogue;

import java.util.Objects;

/** A section of one version of a SpinePath article, as the content service serves it. */
public record Citation(String articleSlug, int version, String section) {

    public Citation {
        Objects.requireNonNull(articleSlug, "articleSlug");
        Objects.requireNonNull(section, "section");
        if (version < 1) {
            throw new IllegalArgumentException("article versions start at 1: " + version);
        }
    }

    @Override
    public String toString() {
        return articleSlug + "@" + version + "#" + section;
    }
}
