package org.spinepath.content.service;

import org.spinepath.content.domain.Audience;

/**
 * A section matching a search, best first. {@code snippet} is the matching passage with the
 * matched words between {@code <mark>} and {@code </mark>}; the rest of it is the section's own text.
 */
public record SearchHit(
        String slug,
        int version,
        Audience audience,
        String title,
        String anchor,
        String heading,
        String snippet,
        double rank) {
}
