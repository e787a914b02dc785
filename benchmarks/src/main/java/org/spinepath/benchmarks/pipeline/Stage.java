package org.spinepath.benchmarks.pipeline;

import java.util.function.ToLongFunction;

/** The stages of one case, each timed from the moment the case was due to be submitted. */
enum Stage {
    POST("POST accepted", s -> s.accepted),
    SUBMITTED("case.submitted on Kafka", s -> s.submitted),
    EVALUATED("triage evaluated", s -> s.evaluated),
    RESULT("result stored in intake", s -> s.result),
    REFERRAL_REQUESTED("referral.requested on Kafka", s -> s.referralRequested),
    REFERRAL_STORED("referral stored", s -> s.referralStored),
    EMAIL("email accepted by SMTP", s -> s.email);

    final String label;
    final ToLongFunction<Sample> at;

    Stage(String label, ToLongFunction<Sample> at) {
        this.label = label;
        this.at = at;
    }

    /** The part of a case's path between two consecutive stages, for where-the-time-goes. */
    enum Segment {
        TO_SUBMITTED("due → case.submitted (POST, commit, relay)", null, SUBMITTED),
        TO_EVALUATED("case.submitted → evaluated (consume, engine)", SUBMITTED, EVALUATED),
        TO_RESULT("evaluated → result stored (commit, relay, intake consume)", EVALUATED, RESULT),
        TO_REFERRAL("evaluated → referral.requested (commit, relay)", EVALUATED, REFERRAL_REQUESTED),
        TO_STORED("referral.requested → referral stored (consume)", REFERRAL_REQUESTED, REFERRAL_STORED),
        TO_EMAIL("referral stored → email accepted (SMTP)", REFERRAL_STORED, EMAIL);

        final String label;
        final Stage from;
        final Stage to;

        Segment(String label, Stage from, Stage to) {
            this.label = label;
            this.from = from;
            this.to = to;
        }

        /** -1 when the case did not reach both ends. */
        long of(Sample s) {
            long end = to.at.applyAsLong(s);
            long start = from == null ? s.intended : from.at.applyAsLong(s);
            if (end == 0 || start == 0) {
                return -1;
            }
            return Math.max(0, end - start);
        }
    }
}
