package org.spinepath.triage.engine;

/** The red-flag question groups of pathways.md section 3, in the order the result lists them. */
public enum RedFlagGroup {
    CAUDA_EQUINA,
    CORD_COMPRESSION,
    CANCER,
    INFECTION,
    FRACTURE,
    VASCULAR
}
