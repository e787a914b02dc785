package org.spinepath.triage.engine.v1.model;

/** presentation.symmetry. */
public enum Symmetry {
    UNILATERAL,
    BILATERAL,
    GENERALIZED,
    MIDLINE
}
