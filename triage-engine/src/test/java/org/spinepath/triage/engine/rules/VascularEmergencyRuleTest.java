package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.spinepath.triage.engine.Cases.evaluate40;
import static org.spinepath.triage.engine.Cases.flag;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.ReferralLevel;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class VascularEmergencyRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'history':{'knownAorticAneurysm':true},'presentation':{'painIntensity':7,'onset':'ACUTE'} | spinal pain, knownAorticAneurysm, onset=ACUTE",
            "'history':{'knownAorticAneurysm':true},'presentation':{'painIntensity':7,'suddenSeverePain':true} | spinal pain, knownAorticAneurysm, suddenSeverePain",
            "'presentation':{'painIntensity':5},'systemic':{'pulsatileAbdominalMass':true}          | spinal pain, pulsatileAbdominalMass",
            "'presentation':{'painIntensity':5},'systemic':{'syncopeOrHypotension':true}            | spinal pain, syncopeOrHypotension",
            "'presentation':{'painIntensity':0,'onset':'ACUTE'},'history':{'knownAorticAneurysm':true},'systemic':{'abdominalPain':true} | abdominalPain, knownAorticAneurysm, onset=ACUTE",
            "'systemic':{'abdominalPain':true,'syncopeOrHypotension':true}                         | abdominalPain, syncopeOrHypotension"})
    void aSuspectedLeakingAneurysmIsAVascularEmergency(String sections, String findings) {
        TriageResult result = evaluate40(sections);
        assertEquals(List.of(findings.split(", ")), flag(result, Flag.VASCULAR_EMERGENCY).findings());
        assertEquals(Urgency.EMERGENCY, result.urgency());
        assertEquals(Pathway.EMERGENCY_REFERRAL, result.pathway());
        assertEquals(ReferralLevel.IMMEDIATE, result.referral().level());
        assertEquals(List.of(Flag.VASCULAR_EMERGENCY), result.referral().flags());
        Cases.assertMentions(result, "emergency transfer");
        Cases.assertMentions(result, "on-call vascular surgeon");
        Cases.assertMentions(result, "not a spinal referral");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "'history':{'knownAorticAneurysm':true},'presentation':{'painIntensity':7,'onset':'GRADUAL','suddenSeverePain':false}",
            "'history':{'knownAorticAneurysm':true},'presentation':{'painIntensity':7}",
            "'presentation':{'painIntensity':0},'systemic':{'pulsatileAbdominalMass':true,'abdominalPain':false}",
            "'systemic':{'syncopeOrHypotension':true}",
            "'presentation':{'painIntensity':0,'onset':'ACUTE'},'history':{'knownAorticAneurysm':true}"})
    void notWithoutPainOrWithoutANewSuddenPainBesideAKnownAneurysm(String sections) {
        assertFalse(evaluate40(sections).hasFlag(Flag.VASCULAR_EMERGENCY));
    }

    @Test
    void theEmergencyDepartmentComesBeforeAnySpinalAdvice() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':5},'systemic':{'syncopeOrHypotension':true}");
        assertEquals("emergency.vascular", result.recommendations().getFirst().id());
    }
}
