package org.spinepath.triage.client;

import org.spinepath.triage.engine.catalogue.Citation;

/** One citation to resolve, as the content service's resolve endpoint takes it. */
public record CitationQuery(String articleSlug, int version, String section) {

    public static CitationQuery of(Citation citation) {
        return new CitationQuery(citation.articleSlug(), citation.version(), citation.section());
    }

    public boolean asks(CitationAnswer answer) {
        return articleSlug.equals(answer.articleSlug()) && answer.version() != null && version == answer.version()
                && section.equals(answer.section());
    }
}
