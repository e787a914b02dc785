package org.spinepath.content.messaging;

import java.time.Instant;
import java.util.List;

/**
 * Data of {@code content.retracted}: an approved version has been withdrawn. Schema:
 * docs/events/content.retracted.schema.json.
 *
 * @param currentVersion the article's current approved version after the retraction, or null when
 *                       no approved version is left
 */
public record ContentRetracted(
        String slug,
        int version,
        List<String> audienceVariants,
        Instant retractedAt,
        String reason,
        List<String> sections,
        Integer currentVersion) {
}
