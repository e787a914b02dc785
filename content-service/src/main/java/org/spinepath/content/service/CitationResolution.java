package org.spinepath.content.service;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer for one citation. {@code resolved} is true only for an approved, not retracted,
 * version that has the section. {@code currentVersion} is the article's newest approved version
 * (null when it has none); {@code drift} is true when the citation points to an older one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CitationResolution(
        String articleSlug,
        Integer version,
        String section,
        boolean resolved,
        CitationStatus status,
        Integer currentVersion,
        boolean drift,
        String heading,
        String detail) {
}
