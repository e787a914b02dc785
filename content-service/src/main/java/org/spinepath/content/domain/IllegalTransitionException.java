package org.spinepath.content.domain;

/**
 * A workflow action attempted in a state that does not allow it, or by someone the four-eyes
 * rule excludes. The message tells the user what state the version is in and what would be
 * allowed instead.
 */
public class IllegalTransitionException extends RuntimeException {

    /** Why the action was refused; becomes the problem type of the 409 response. */
    public enum Reason {
        ILLEGAL_TRANSITION("illegal-transition"),
        FOUR_EYES("four-eyes"),
        IMMUTABLE_VERSION("immutable-version");

        private final String slug;

        Reason(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }
    }

    private final Reason reason;

    public IllegalTransitionException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
