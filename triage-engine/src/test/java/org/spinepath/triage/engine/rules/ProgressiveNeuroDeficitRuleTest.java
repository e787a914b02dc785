package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.spinepath.triage.engine.Cases.evaluate40;
import static org.spinepath.triage.engine.Cases.flag;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.ReferralLevel;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class ProgressiveNeuroDeficitRuleTest {

    @Test
    void progressiveMotorWeaknessIsAnEmergencyEvenOnOneSide() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':5,'sciatica':'UNILATERAL'},"
                + "'neurology':{'motorWeakness':'PROGRESSIVE'}");
        assertEquals(Urgency.EMERGENCY, result.urgency());
        assertEquals(List.of("motorWeakness=PROGRESSIVE"), flag(result, Flag.PROGRESSIVE_NEURO_DEFICIT).findings());
        assertEquals(ReferralLevel.IMMEDIATE, result.referral().level());
    }

    @Test
    void stableOrNoWeaknessIsNot() {
        assertFalse(evaluate40("'presentation':{'painIntensity':5},'neurology':{'motorWeakness':'STABLE'}")
                .hasFlag(Flag.PROGRESSIVE_NEURO_DEFICIT));
        assertFalse(evaluate40("'presentation':{'painIntensity':5},'neurology':{'motorWeakness':'NONE'}")
                .hasFlag(Flag.PROGRESSIVE_NEURO_DEFICIT));
    }

    @Test
    void worseningSymptomsWithAnyNeurologicalFinding() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':5},'neurology':{'sensoryDeficit':'UNILATERAL',"
                + "'neuroSymptomsWorsening':true}");
        assertEquals(List.of("neuroSymptomsWorsening", "sensoryDeficit=UNILATERAL"), flag(result, Flag.PROGRESSIVE_NEURO_DEFICIT).findings());
        assertEquals(Urgency.EMERGENCY, result.urgency());
    }

    @Test
    void worseningRadicularPainAloneIsNot() {
        assertFalse(evaluate40("'presentation':{'painIntensity':5,'sciatica':'UNILATERAL'},'neurology':{'neuroSymptomsWorsening':true}")
                .hasFlag(Flag.PROGRESSIVE_NEURO_DEFICIT));
        assertFalse(evaluate40("'presentation':{'painIntensity':5},'neurology':{'reflexChanges':true,'neuroSymptomsWorsening':false}")
                .hasFlag(Flag.PROGRESSIVE_NEURO_DEFICIT));
    }
}
