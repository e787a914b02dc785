package org.spinepath.triage.engine.model;

/**
 * neurology.bladderDysfunction, least severe first: altered sensation and a poor stream or straining are
 * the early (incomplete) cauda equina stage, retention and incontinence the late one.
 */
public enum BladderDysfunction {
    NONE,
    ALTERED_SENSATION,
    POOR_STREAM_OR_STRAINING,
    RETENTION,
    INCONTINENCE
}
