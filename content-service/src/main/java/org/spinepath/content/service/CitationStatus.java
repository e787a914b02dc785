package org.spinepath.content.service;

/** Why a citation does or does not resolve. Only {@link #RESOLVED} may be shown to a clinician as a source. */
public enum CitationStatus {
    /** The section exists in that version, and the version is approved. */
    RESOLVED,
    /** The version was approved once and has been withdrawn. */
    RETRACTED,
    /** The version exists but was never approved (a draft or one under review). */
    NOT_APPROVED,
    UNKNOWN_ARTICLE,
    UNKNOWN_VERSION,
    /** The version is known but has no section with that anchor. */
    UNKNOWN_SECTION
}
