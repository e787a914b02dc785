package org.spinepath.content.domain;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The editorial rules, free of persistence so they can be tested on their own: which action is
 * allowed in which state, and the four-eyes rule that nobody reviews or approves a version they
 * wrote.
 */
public final class Workflow {

    private Workflow() {
    }

    /**
     * The state a version moves to when {@code action} is applied to it.
     *
     * @param label how to name the version in a message, e.g. {@code "version 3 of spinal-pain-treatment"}
     * @throws IllegalTransitionException when the action is not allowed in {@code current}
     */
    public static ArticleStatus next(ArticleStatus current, WorkflowAction action, String label) {
        if (action.allowedFrom(current)) {
            return action.to();
        }
        if (action.from().isEmpty()) {
            throw new IllegalTransitionException(IllegalTransitionException.Reason.ILLEGAL_TRANSITION,
                    "cannot " + action.verb() + " " + label + ": it already exists");
        }
        if (action == WorkflowAction.EDIT && current.isPublished()) {
            throw new IllegalTransitionException(IllegalTransitionException.Reason.IMMUTABLE_VERSION,
                    "cannot edit " + label + ": it is " + current + " and published versions never change;"
                            + " create a new draft instead");
        }
        throw new IllegalTransitionException(IllegalTransitionException.Reason.ILLEGAL_TRANSITION,
                "cannot " + action.verb() + " " + label + ": it is " + current + ", and only a version that is "
                        + describe(action.from()) + " can be " + pastTense(action) + hint(current, action));
    }

    /**
     * The four-eyes rule: a version is reviewed and approved by someone who had no hand in writing
     * it.
     *
     * @param authors everyone who created, edited or submitted the version
     * @throws IllegalTransitionException when {@code actor} is one of its authors
     */
    public static void requireSecondPair(Set<String> authors, String actor, WorkflowAction action, String label) {
        if (authors.contains(actor)) {
            throw new IllegalTransitionException(IllegalTransitionException.Reason.FOUR_EYES,
                    "cannot " + action.verb() + " " + label + ": " + actor + " wrote or submitted it, and a version"
                            + " must be reviewed and approved by someone other than its authors");
        }
    }

    private static String describe(Set<ArticleStatus> states) {
        return Arrays.stream(ArticleStatus.values()).filter(states::contains).map(Enum::name)
                .collect(Collectors.joining(" or "));
    }

    private static String pastTense(WorkflowAction action) {
        return switch (action) {
            case EDIT -> "edited";
            case SUBMIT -> "submitted";
            case START_REVIEW -> "taken under review";
            case APPROVE -> "approved";
            case REJECT -> "rejected";
            case RETRACT -> "retracted";
            case CREATE, IMPORT -> "created";
        };
    }

    private static String hint(ArticleStatus current, WorkflowAction action) {
        if (current == ArticleStatus.SUBMITTED && (action == WorkflowAction.APPROVE || action == WorkflowAction.REJECT)) {
            return "; start the review first";
        }
        if (current == ArticleStatus.DRAFT && action != WorkflowAction.SUBMIT) {
            return "; submit it first";
        }
        if (current == ArticleStatus.RETRACTED) {
            return "; a retracted version is final";
        }
        return "";
    }
}
