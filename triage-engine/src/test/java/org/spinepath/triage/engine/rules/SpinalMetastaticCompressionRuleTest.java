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
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.ReferralLevel;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class SpinalMetastaticCompressionRuleTest {

    static final String CANCER = "'history':{'cancerHistory':true},";

    @ParameterizedTest(name = "a cancer history with {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'neurology':{'motorWeakness':'STABLE'}                 | motorWeakness=STABLE",
            "'neurology':{'sensoryDeficit':'UNILATERAL'}            | sensoryDeficit=UNILATERAL",
            "'neurology':{'reflexChanges':true}                     | reflexChanges",
            "'neurology':{'gaitDisturbance':true}                   | gaitDisturbance",
            "'neurology':{'handClumsiness':true}                    | handClumsiness",
            "'presentation':{'painIntensity':5,'sciatica':'UNILATERAL'} | sciatica=UNILATERAL",
            "'presentation':{'painIntensity':0,'sciatica':'UNILATERAL'} | sciatica=UNILATERAL"})
    void anyNeurologicalFindingOrRadicularPainIsAnEmergency(String sections, String finding) {
        TriageResult result = evaluate40(CANCER + sections);
        assertEquals(List.of("cancerHistory", finding), flag(result, Flag.SPINAL_METASTATIC_COMPRESSION).findings());
        assertEquals(Urgency.EMERGENCY, result.urgency());
        assertEquals(Pathway.EMERGENCY_REFERRAL, result.pathway());
        assertEquals(ReferralLevel.IMMEDIATE, result.referral().level());
        assertTrue(result.referral().flags().contains(Flag.SPINAL_METASTATIC_COMPRESSION));
        Cases.assertMentions(result, "metastatic spinal cord compression coordinator (acute oncology)");
        Cases.assertMentions(result, "on-call spinal surgeon");
        Cases.assertMentions(result, "whole spine as soon as possible, and within 24 hours");
    }

    @Test
    void raisedBesideCaudaEquinaWithTheFourHourMri() {
        TriageResult result = evaluate40(CANCER + "'neurology':{'saddleAnesthesia':true}");
        assertTrue(result.hasFlag(Flag.CAUDA_EQUINA));
        assertTrue(result.hasFlag(Flag.SPINAL_METASTATIC_COMPRESSION));
        assertEquals(List.of(Flag.CAUDA_EQUINA, Flag.SPINAL_METASTATIC_COMPRESSION), result.referral().flags());
        assertTrue(Cases.recommends(result, "emergency.spinal-metastatic-compression.with-cord-or-cauda-equina"));
        assertFalse(Cases.recommends(result, "emergency.spinal-metastatic-compression"));
        Cases.assertMentions(result, "whole spine within 4 hours");
    }

    @Test
    void noCancerHistoryOrNoNeurologyIsNot() {
        assertFalse(evaluate40("'history':{'cancerHistory':false},'neurology':{'motorWeakness':'STABLE'}")
                .hasFlag(Flag.SPINAL_METASTATIC_COMPRESSION));
        assertFalse(evaluate40("'neurology':{'motorWeakness':'STABLE'}").hasFlag(Flag.SPINAL_METASTATIC_COMPRESSION));
        assertFalse(evaluate40(CANCER + "'presentation':{'painIntensity':5,'sciatica':'NONE'},'neurology':{'motorWeakness':'NONE',"
                + "'sensoryDeficit':'NONE','postVoidResidualMl':199}").hasFlag(Flag.SPINAL_METASTATIC_COMPRESSION));
    }
}
