package org.spinepath.triage.engine.model;

/** presentation.symmetry. */
public enum Symmetry {
    UNILATERAL,
    BILATERAL,
    GENERALIZED,
    MIDLINE
}
