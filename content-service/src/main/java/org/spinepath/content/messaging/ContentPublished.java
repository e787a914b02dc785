package org.spinepath.content.messaging;

import java.time.Instant;
import java.util.List;

/**
 * Data of {@code content.published}: a version has been approved (or shipped already approved).
 * Schema: docs/events/content.published.schema.json.
 *
 * @param audienceVariants the audiences the version is written for, e.g. ["clinician", "patient"]
 * @param sections         the version's section anchors, in reading order
 * @param currentVersion   the article's current approved version after this event
 */
public record ContentPublished(
        String slug,
        int version,
        List<String> audienceVariants,
        Instant approvedAt,
        List<String> sections,
        int currentVersion) {
}
