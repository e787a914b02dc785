package org.spinepath.triage.engine.model;

public record Systemic(
        Boolean fever,
        Boolean weightLoss,
        Boolean nightSweats,
        Boolean rigors,
        Boolean abdominalPain,
        Boolean pulsatileAbdominalMass,
        Boolean syncopeOrHypotension) {
}
