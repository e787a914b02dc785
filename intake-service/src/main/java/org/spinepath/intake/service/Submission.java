package org.spinepath.intake.service;

/** The outcome of a submission: the case, and whether it is a replay of an earlier request. */
public record Submission(CaseView view, boolean replayed) {
}
