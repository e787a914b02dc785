package org.spinepath.triage.engine.v1.model;

/** history.recentTrauma. */
public enum Trauma {
    NONE,
    MINOR,
    MAJOR
}
