package org.spinepath.content.domain;

/**
 * Where a version of an article stands in the editorial workflow. Only {@link #APPROVED} versions
 * are published: they are what readers see and what citations resolve to.
 */
public enum ArticleStatus {
    /** Being written; the only state in which content may change. */
    DRAFT,
    /** Handed to the reviewers by its editor; waiting for one to pick it up. */
    SUBMITTED,
    /** A reviewer is checking it. */
    UNDER_REVIEW,
    /** Published and immutable. */
    APPROVED,
    /** Withdrawn after publication: still readable by its exact version, never current again. */
    RETRACTED;

    /** A version in one of these states is still being worked on; an article has at most one. */
    public boolean isOpen() {
        return this == DRAFT || this == SUBMITTED || this == UNDER_REVIEW;
    }

    /** Approved and retracted versions are part of the public record. */
    public boolean isPublished() {
        return this == APPROVED || this == RETRACTED;
    }
}
