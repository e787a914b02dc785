package org.spinepath.triage.engine.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Neurological symptoms and signs. The bladder, bowel and sexual inputs record recent symptoms that known
 * urological, gynaecological or bowel disease does not explain. {@code postVoidResidualMl} is a bladder
 * scan; {@code neuroSymptomOnsetDays} counts the days since the first neurological symptom.
 */
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
        Boolean sacralRootsInvolved,
        Boolean motorWeaknessBothLegs,
        Boolean rectalSensationReduced,
        Boolean analToneReduced,
        Boolean sexualDysfunction,
        Boolean gaitDisturbance,
        Boolean handClumsiness,
        @Min(0) @Max(5000) Integer postVoidResidualMl,
        @Min(0) @Max(36500) Integer neuroSymptomOnsetDays,
        Boolean neuroSymptomsWorsening) {
}
