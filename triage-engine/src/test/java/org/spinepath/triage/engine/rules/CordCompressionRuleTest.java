package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinepath.triage.engine.Cases.evaluate40;
import static org.spinepath.triage.engine.Cases.flag;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    void upperMotorNeuronSignsWithoutPainOfUnknownAgeAndNoCancerRaiseOnlyTheCaution() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':0},'neurology':{'upperMotorNeuronSigns':true}");
        assertFalse(result.hasFlag(Flag.CORD_COMPRESSION));
        assertTrue(Cases.cautions(result, "caution.upper-motor-neuron-signs"));
        Cases.assertMentions(result, "treat them as spinal cord compression");
        Cases.assertMentions(result, "record when they began");
        assertFalse(evaluate40("'neurology':{'upperMotorNeuronSigns':true}").hasFlag(Flag.CORD_COMPRESSION));
    }

    @ParameterizedTest(name = "without pain, new after {0} days: {1}")
    @CsvSource({"0, true", "14, true", "15, false"})
    void newUpperMotorNeuronSignsWithoutPainRaiseTheFlag(int days, boolean raised) {
        TriageResult result = evaluate40("'presentation':{'painIntensity':0},'neurology':{'upperMotorNeuronSigns':true,"
                + "'neuroSymptomOnsetDays':" + days + "}");
        assertEquals(raised, result.hasFlag(Flag.CORD_COMPRESSION));
        assertEquals(!raised, Cases.cautions(result, "caution.upper-motor-neuron-signs"));
        if (raised) {
            assertEquals(List.of("upperMotorNeuronSigns", "neuroSymptomOnsetDays=" + days), flag(result, Flag.CORD_COMPRESSION).findings());
            assertEquals(Urgency.EMERGENCY, result.urgency());
        }
    }

    @Test
    void worseningSignsAreNewWhateverTheirAge() {
        assertTrue(evaluate40("'neurology':{'upperMotorNeuronSigns':true,'neuroSymptomOnsetDays':300,"
                + "'neuroSymptomsWorsening':true}").hasFlag(Flag.CORD_COMPRESSION));
    }

    @Test
    void withACancerHistorySignsRaiseTheFlagWithoutPainEvenWhenOld() {
        TriageResult result = evaluate40("'history':{'cancerHistory':true},'neurology':{'upperMotorNeuronSigns':true,"
                + "'neuroSymptomOnsetDays':200,'neuroSymptomsWorsening':false}");
        assertTrue(flag(result, Flag.CORD_COMPRESSION).findings().contains("cancerHistory"));
    }

    @Test
    void withPainSignsKnownToBeOldRaiseNoFlagButTheCaution() {
        String old = "'presentation':{'painIntensity':4},'neurology':{'upperMotorNeuronSigns':true,"
                + "'neuroSymptomOnsetDays':15,'neuroSymptomsWorsening':false}";
        TriageResult result = evaluate40(old);
        assertFalse(result.hasFlag(Flag.CORD_COMPRESSION));
        assertTrue(Cases.cautions(result, "caution.upper-motor-neuron-signs"));
        assertTrue(evaluate40(old.replace("15", "14")).hasFlag(Flag.CORD_COMPRESSION), "14 days is still new");
        assertTrue(evaluate40(old.replace(",'neuroSymptomsWorsening':false", "")).hasFlag(Flag.CORD_COMPRESSION),
                "not known to be old while worsening is unknown");
    }

    @Test
    void theMyelopathyPatternWhenNewOrWithCancer() {
        String pattern = "'presentation':{'painIntensity':0},'neurology':{'handClumsiness':true,'gaitDisturbance':true";
        TriageResult recent = evaluate40(pattern + ",'neuroSymptomOnsetDays':3}");
        assertEquals(List.of("handClumsiness", "gaitDisturbance", "neuroSymptomOnsetDays=3"), flag(recent, Flag.CORD_COMPRESSION).findings());
        assertTrue(evaluate40(pattern + "},'history':{'cancerHistory':true}").hasFlag(Flag.CORD_COMPRESSION));
        TriageResult unknownAge = evaluate40(pattern + "}");
        assertFalse(unknownAge.hasFlag(Flag.CORD_COMPRESSION));
        assertTrue(Cases.cautions(unknownAge, "caution.upper-motor-neuron-signs"));
        assertFalse(evaluate40("'neurology':{'handClumsiness':true,'neuroSymptomOnsetDays':3}").hasFlag(Flag.CORD_COMPRESSION),
                "hand clumsiness alone is not the pattern");
    }

    @Test
    void infectionWithANeurologicalFindingIsASuspectedEpiduralAbscess() {
        TriageResult result = evaluate40("'history':{'ivDrugUse':true},'presentation':{'painIntensity':8},"
                + "'systemic':{'fever':true},'neurology':{'motorWeakness':'STABLE'}");
        assertEquals(List.of(CordCompressionRule.EPIDURAL_ABSCESS, "motorWeakness=STABLE"), flag(result, Flag.CORD_COMPRESSION).findings());
        assertTrue(result.hasFlag(Flag.INFECTION));
        assertEquals(Urgency.EMERGENCY, result.urgency());
        assertEquals(List.of(Flag.CORD_COMPRESSION), result.referral().flags());
        assertFalse(evaluate40("'history':{'ivDrugUse':true},'presentation':{'painIntensity':8,'sciatica':'UNILATERAL'},"
                + "'systemic':{'fever':true}").hasFlag(Flag.CORD_COMPRESSION), "sciatica is not a neurological finding");
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
