package org.spinepath.triage.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the content service says about one citation. {@code resolved} is true only when the cited
 * version is approved, not retracted, and has the section; {@code status} says why not
 * (RETRACTED, NOT_APPROVED, UNKNOWN_ARTICLE, UNKNOWN_VERSION, UNKNOWN_SECTION) and
 * {@code currentVersion} is the article's current approved version, null when it has none.
 * Fields this service does not use (heading, drift) and any the contract gains later are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CitationAnswer(
        String articleSlug,
        Integer version,
        String section,
        boolean resolved,
        String status,
        Integer currentVersion,
        String detail) {
}
