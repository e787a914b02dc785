package org.spinepath.content.domain;

/** What an editor decided about a reader's report. */
public enum FeedbackOutcome {
    /** The passage was wrong; a corrected version is (or will be) drafted. */
    CORRECTED,
    /** The passage is accurate as written. */
    NO_CHANGE,
    /** The same problem was already reported. */
    DUPLICATE
}
