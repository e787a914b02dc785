package org.spinepath.triage.engine.model;

/** presentation.painRegion: where the spinal pain is. */
public enum PainRegion {
    LUMBAR,
    THORACIC,
    CERVICAL,
    MULTIPLE
}
