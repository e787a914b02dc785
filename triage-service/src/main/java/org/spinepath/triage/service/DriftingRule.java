package org.spinepath.triage.service;

import java.time.Instant;
import java.util.List;

/** A rule whose citations have drifted from the approved guidance, with the citations that did. */
public record DriftingRule(String ruleId, List<DriftingCitation> citations) {

    public enum Reason {
        /** The cited version no longer resolves to an approved section (retracted, or otherwise gone). */
        UNRESOLVED,
        /** A newer version of the article has been approved since the rule was written. */
        SUPERSEDED
    }

    public record DriftingCitation(
            String articleSlug,
            int version,
            String section,
            Integer currentVersion,
            Reason reason,
            String status,
            String detail,
            Instant checkedAt) {

        static DriftingCitation of(CitationView view) {
            Reason reason = Boolean.FALSE.equals(view.resolves()) ? Reason.UNRESOLVED : Reason.SUPERSEDED;
            return new DriftingCitation(view.articleSlug(), view.version(), view.section(), view.currentVersion(),
                    reason, view.status(), view.detail(), view.checkedAt());
        }
    }
}
