package org.spinepath.triage.service;

import java.time.Instant;
import java.util.Set;

/**
 * One citation the engine can emit, with what the content service last said about it.
 *
 * @param resolves       whether the cited version is approved, not retracted, and has the section;
 *                       null while nothing is known about the cited version
 * @param status         RESOLVED or why not (the content service's reasons); UNCHECKED while unknown
 * @param currentVersion the article's current approved version; null when it has none or nothing is known yet
 * @param superseded     the citation points to an older version than the current approved one
 * @param source         what last updated this: {@code check}, {@code content.published} or {@code content.retracted}
 * @param checkedAt      the moment the status describes; null when never checked
 * @param rules          the rule ids that cite this section
 */
public record CitationView(
        String articleSlug,
        int version,
        String section,
        Boolean resolves,
        String status,
        Integer currentVersion,
        boolean superseded,
        String detail,
        String source,
        Instant checkedAt,
        Set<String> rules) {

    /** Guideline drift: the citation no longer resolves, or a newer version has been approved. */
    public boolean drifts() {
        return Boolean.FALSE.equals(resolves) || superseded;
    }
}
