package org.spinepath.triage.engine.v1;

/** The urgency of a result, most severe first (pathways.md section 3). */
public enum Urgency {
    /** Refer to a specialist immediately (the same hour). */
    EMERGENCY,
    /** Refer to a specialist without delay (within 24 hours). */
    URGENT,
    /** Specialist assessment within weeks (surgical, interventional, rheumatology). */
    SOON,
    /** Managed in primary care, with reassessment. */
    ROUTINE,
    /** No treatment needed; reassurance. */
    SELF_CARE;

    /** True when this urgency is strictly more severe than {@code other}. */
    public boolean isMoreSevereThan(Urgency other) {
        return ordinal() < other.ordinal();
    }

    /** True when this urgency is at least as severe as {@code other}. */
    public boolean isAtLeast(Urgency other) {
        return ordinal() <= other.ordinal();
    }

    /** The more severe of the two. */
    public static Urgency mostSevere(Urgency a, Urgency b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** Orders by severity, most severe last, so that {@code max} finds the most severe. */
    public static int compareBySeverity(Urgency a, Urgency b) {
        return Integer.compare(b.ordinal(), a.ordinal());
    }
}
