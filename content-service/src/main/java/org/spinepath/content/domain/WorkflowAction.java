package org.spinepath.content.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * What can happen to a version, the states it may happen in, and the state it leads to. This is
 * the whole editorial state machine:
 *
 * <pre>
 *   CREATE ──> DRAFT ──SUBMIT──> SUBMITTED ──START_REVIEW──> UNDER_REVIEW ──APPROVE──> APPROVED ──RETRACT──> RETRACTED
 *                ▲ EDIT                                            │
 *                └──────────────────────REJECT─────────────────────┘
 * </pre>
 *
 * IMPORT brings in an already reviewed version (the articles SpinePath ships with) as APPROVED.
 */
public enum WorkflowAction {
    CREATE(EnumSet.noneOf(ArticleStatus.class), ArticleStatus.DRAFT, "create"),
    IMPORT(EnumSet.noneOf(ArticleStatus.class), ArticleStatus.APPROVED, "import"),
    EDIT(EnumSet.of(ArticleStatus.DRAFT), ArticleStatus.DRAFT, "edit"),
    SUBMIT(EnumSet.of(ArticleStatus.DRAFT), ArticleStatus.SUBMITTED, "submit"),
    START_REVIEW(EnumSet.of(ArticleStatus.SUBMITTED), ArticleStatus.UNDER_REVIEW, "start the review of"),
    APPROVE(EnumSet.of(ArticleStatus.UNDER_REVIEW), ArticleStatus.APPROVED, "approve"),
    REJECT(EnumSet.of(ArticleStatus.UNDER_REVIEW), ArticleStatus.DRAFT, "reject"),
    RETRACT(EnumSet.of(ArticleStatus.APPROVED), ArticleStatus.RETRACTED, "retract");

    private final EnumSet<ArticleStatus> from;
    private final ArticleStatus to;
    private final String verb;

    WorkflowAction(EnumSet<ArticleStatus> from, ArticleStatus to, String verb) {
        this.from = from;
        this.to = to;
        this.verb = verb;
    }

    /** The states this action may start from; empty for the actions that create a version. */
    public Set<ArticleStatus> from() {
        return from.isEmpty() ? EnumSet.noneOf(ArticleStatus.class) : EnumSet.copyOf(from);
    }

    public ArticleStatus to() {
        return to;
    }

    /** The action as a verb, for messages: "cannot approve version 3 …". */
    public String verb() {
        return verb;
    }

    /** Whether this action is allowed on a version that already exists in {@code current}. */
    public boolean allowedFrom(ArticleStatus current) {
        return from.contains(current);
    }
}
