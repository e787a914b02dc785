package org.spinepath.triage.engine;

/**
 * The stage of a suspected cauda equina syndrome (pathways.md section 4), least advanced first. Every
 * stage is an emergency; the stage tells the surgeon how far the compression has gone.
 */
public enum CaudaEquinaStage {
    /** Bilateral or multi-level root signs without sphincter, saddle or sexual symptoms. */
    SUSPECTED,
    /** Sphincter, saddle or sexual symptoms short of retention: the stage at which decompression saves most. */
    INCOMPLETE,
    /** Retention, incontinence or a post-void residual of 200 ml or more. */
    WITH_RETENTION
}
