package org.spinepath.triage.engine.v1.catalogue;

import java.time.LocalDate;
import java.util.List;

/**
 * The articles the engine cites, at the version its rules were written against, with their section
 * anchors (docs/clinical/article-anchors.md). Changing a version here changes the ruleset.
 */
public enum Article {
    SCHMORLS_NODE_MANAGEMENT("schmorls-node-management", 1, LocalDate.of(2025, 9, 17), List.of(
            "summary", "clinical-overview", "first-line-management", "second-line-management",
            "third-line-management", "diagnostic-considerations", "pearls-and-pitfalls",
            "evidence-strength", "references", "disclaimer")),
    SCHMORLS_NODE_INCIDENTAL("schmorls-node-incidental", 1, LocalDate.of(2026, 2, 17), List.of(
            "summary", "understanding-schmorls-nodes", "when-clinically-relevant", "red-flags",
            "management-algorithm", "clinical-context", "pitfalls", "references", "disclaimer")),
    LUMBAR_DISC_HERNIATION("lumbar-disc-herniation", 1, LocalDate.of(2025, 1, 23), List.of(
            "stiffness-relief", "herniation-types", "symptoms", "leg-pain", "root-signs",
            "references", "disclaimer")),
    SPINAL_PAIN_TREATMENT("spinal-pain-treatment", 1, LocalDate.of(2025, 7, 4), List.of(
            "epidemiology", "treatment-phases", "treatment-errors", "lab-differential",
            "differential-table", "surgery-indications", "warning-signs", "referral",
            "mechanical-pain", "malignant-pain", "pyogenic-infection", "spinal-tuberculosis",
            "central-disc-prolapse", "references", "disclaimer"));

    private final String slug;
    private final int version;
    private final LocalDate dated;
    private final List<String> anchors;

    Article(String slug, int version, LocalDate dated, List<String> anchors) {
        this.slug = slug;
        this.version = version;
        this.dated = dated;
        this.anchors = anchors;
    }

    public String slug() {
        return slug;
    }

    /** The version the engine's rules cite. */
    public int version() {
        return version;
    }

    /** The date of version 1, the date of its source. */
    public LocalDate dated() {
        return dated;
    }

    public List<String> anchors() {
        return anchors;
    }

    /** A citation of one section; fails at class initialisation on an anchor the article lacks. */
    public Citation cite(String anchor) {
        if (!anchors.contains(anchor)) {
            throw new IllegalArgumentException(slug + " has no section " + anchor);
        }
        return new Citation(slug, version, anchor);
    }
}
