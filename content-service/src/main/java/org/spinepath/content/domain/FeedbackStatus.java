package org.spinepath.content.domain;

/** A reader's report is open until an editor resolves it. */
public enum FeedbackStatus {
    OPEN,
    RESOLVED
}
