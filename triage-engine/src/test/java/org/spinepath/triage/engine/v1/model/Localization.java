package org.spinepath.triage.engine.v1.model;

/** presentation.localization. */
public enum Localization {
    FOCAL,
    DIFFUSE
}
