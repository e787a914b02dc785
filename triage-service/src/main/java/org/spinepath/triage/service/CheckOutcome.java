package org.spinepath.triage.service;

import java.time.Instant;

/**
 * The result of one citation check.
 *
 * @param at         when the check was sent
 * @param reached    whether the content service answered
 * @param citations  how many citations were checked
 * @param unresolved how many of them do not resolve to an approved section
 * @param superseded how many of them point to an older version than the current approved one
 * @param error      why the content service could not be asked; null when it answered
 */
public record CheckOutcome(Instant at, boolean reached, int citations, int unresolved, int superseded, String error) {

    static CheckOutcome answered(Instant at, int citations, int unresolved, int superseded) {
        return new CheckOutcome(at, true, citations, unresolved, superseded, null);
    }

    static CheckOutcome failed(Instant at, int citations, String error) {
        return new CheckOutcome(at, false, citations, 0, 0, error);
    }
}
