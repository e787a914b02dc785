package org.spinepath.benchmarks.pipeline;

/**
 * One case of the load: when it was meant to be sent, and when each stage of the pipeline reached
 * it, in microseconds since the epoch. Zero means the stage was not reached (or does not apply: only
 * a referral has the last three).
 */
final class Sample {

    final long intended;
    volatile String caseId;
    volatile long accepted;
    volatile int status;
    long submitted;
    long evaluated;
    long result;
    boolean referral;
    long referralRequested;
    long referralStored;
    long email;

    Sample(long intended) {
        this.intended = intended;
    }

    long since(long stage) {
        return stage == 0 ? 0 : Math.max(1, stage - intended);
    }
}
