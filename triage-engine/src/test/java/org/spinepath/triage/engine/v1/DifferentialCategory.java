package org.spinepath.triage.engine.v1;

/** The four columns of the differential table (pathways.md section 5), most dangerous first. */
public enum DifferentialCategory {
    FOCAL_INFILTRATIVE,
    INFLAMMATORY,
    MECHANICAL,
    SOFT_TISSUE
}
