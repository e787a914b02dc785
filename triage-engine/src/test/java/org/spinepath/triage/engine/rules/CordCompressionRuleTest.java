package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinepath.triage.engine.Cases.evaluate40;
import static org.spinepath.triage.engine.Cases.flag;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.ReferralLevel;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class CordCompressionRuleTest {

    @Test
    void upperMotorNeuronSignsWithSpinalPain() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':4},'neurology':{'upperMotorNeuronSigns':true}");
        assertEquals(Urgency.EMERGENCY, result.urgency());
        assertEquals(List.of("upperMotorNeuronSigns", "spinal pain"), flag(result, Flag.CORD_COMPRESSION).findings());
        assertEquals(ReferralLevel.IMMEDIATE, result.referral().level());
    }

    @Test
    void upperMotorNeuronSignsWithoutSpinalPainAreNotThisFlag() {
        assertFalse(evaluate40("'presentation':{'painIntensity':0},'neurology':{'upperMotorNeuronSigns':true}")
                .hasFlag(Flag.CORD_COMPRESSION));
        assertFalse(evaluate40("'neurology':{'upperMotorNeuronSigns':true}").hasFlag(Flag.CORD_COMPRESSION));
    }

    @Test
    void upperMotorNeuronSignsWithPainOfUnknownIntensity() {
        assertTrue(evaluate40("'presentation':{'onset':'GRADUAL'},'neurology':{'upperMotorNeuronSigns':true}")
                .hasFlag(Flag.CORD_COMPRESSION));
    }

    @Test
    void aCompleteMyelographicBlockIsAnAbsoluteIndicationEvenWithoutPain() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':0},'imaging':{'myelographicBlock':true}");
        assertEquals(List.of("myelographicBlock"), flag(result, Flag.CORD_COMPRESSION).findings());
        assertEquals(Urgency.EMERGENCY, result.urgency());
        Cases.assertMentions(result, "absolute indication");
    }

    @Test
    void noBlockNoSigns() {
        assertFalse(evaluate40("'presentation':{'painIntensity':6},'neurology':{'upperMotorNeuronSigns':false},"
                + "'imaging':{'myelographicBlock':false}").hasFlag(Flag.CORD_COMPRESSION));
    }
}
