package org.spinepath.triage.engine.v1.model;

public record Neurology(
        Boolean saddleAnesthesia,
        BladderDysfunction bladderDysfunction,
        Boolean bowelDysfunction,
        MotorWeakness motorWeakness,
        SensoryDeficit sensoryDeficit,
        Boolean reflexChanges,
        Boolean upperMotorNeuronSigns,
        Boolean bilateralStraightLegRaise,
        Boolean multipleRootLevels,
        Boolean sacralRootsInvolved) {
}
