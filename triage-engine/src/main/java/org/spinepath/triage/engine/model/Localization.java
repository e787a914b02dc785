package org.spinepath.triage.engine.model;

/** presentation.localization. */
public enum Localization {
    FOCAL,
    DIFFUSE
}
