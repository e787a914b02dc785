package org.spinepath.triage.engine.model;

/** history.recentTrauma. */
public enum Trauma {
    NONE,
    MINOR,
    MAJOR
}
