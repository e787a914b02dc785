package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.RedFlagGroup;
import org.spinepath.triage.engine.RedFlagGroupScreen;
import org.spinepath.triage.engine.TriageResult;

class RedFlagScreenTest {

    /** Every red-flag question answered "no". */
    static final String ALL_NO = "'history':{'cancerHistory':false,'ivDrugUse':false,'immunosuppression':false,"
            + "'recentBacterialInfection':false,'recentSpinalProcedure':false,'recentTrauma':'NONE','osteoporosis':false,"
            + "'longTermSteroids':false,'knownAorticAneurysm':false},"
            + "'presentation':{'painIntensity':4,'sciatica':'NONE','nightPain':'NONE','painWithRest':'BETTER'},"
            + "'neurology':{'saddleAnesthesia':false,'bladderDysfunction':'NONE','bowelDysfunction':false,"
            + "'sexualDysfunction':false,'motorWeaknessBothLegs':false,'sensoryDeficit':'NONE','upperMotorNeuronSigns':false,"
            + "'gaitDisturbance':false,'handClumsiness':false,'motorWeakness':'NONE','neuroSymptomOnsetDays':30,"
            + "'neuroSymptomsWorsening':false},"
            + "'systemic':{'weightLoss':false,'fever':false,'abdominalPain':false,'syncopeOrHypotension':false}";

    static RedFlagGroupScreen group(TriageResult result, RedFlagGroup group) {
        return result.redFlagScreen().stream().filter(g -> g.group() == group).findFirst().orElseThrow();
    }

    @Test
    void theGroupsAndTheirQuestionsAreThoseOfTheContract() {
        TriageResult result = Cases.ENGINE.evaluate(Cases.aged(40, ""));
        assertEquals(Arrays.asList(RedFlagGroup.values()), result.redFlagScreen().stream().map(RedFlagGroupScreen::group).toList());
        assertEquals(List.of("saddleAnesthesia", "bladderDysfunction", "bowelDysfunction", "sexualDysfunction", "sciatica",
                "motorWeaknessBothLegs", "sensoryDeficit"), group(result, RedFlagGroup.CAUDA_EQUINA).unanswered());
        assertEquals(List.of("upperMotorNeuronSigns", "gaitDisturbance", "handClumsiness", "motorWeakness",
                "neuroSymptomOnsetDays", "neuroSymptomsWorsening"), group(result, RedFlagGroup.CORD_COMPRESSION).unanswered());
        assertEquals(List.of("cancerHistory", "weightLoss", "nightPain", "painWithRest"), group(result, RedFlagGroup.CANCER).unanswered());
        assertEquals(List.of("fever", "ivDrugUse", "immunosuppression", "recentBacterialInfection", "recentSpinalProcedure"),
                group(result, RedFlagGroup.INFECTION).unanswered());
        assertEquals(List.of("recentTrauma", "osteoporosis", "longTermSteroids"), group(result, RedFlagGroup.FRACTURE).unanswered());
        assertEquals(List.of("knownAorticAneurysm", "abdominalPain", "syncopeOrHypotension"), group(result, RedFlagGroup.VASCULAR).unanswered());
        result.redFlagScreen().forEach(g -> assertFalse(g.answered()));
    }

    @Test
    void everyQuestionAnsweredNoLeavesNothingUnansweredAndNoCaution() {
        TriageResult result = Cases.evaluate40(ALL_NO);
        result.redFlagScreen().forEach(g -> {
            assertTrue(g.answered(), g.group()::name);
            assertEquals(List.of(), g.unanswered());
            assertEquals(List.of(), g.wouldChangeResult());
        });
        assertFalse(Cases.cautions(result, "caution.red-flag-questions-not-asked"));
    }

    @Test
    void anUnansweredQuestionIsNamedAndTheCautionSaysNoIsAssumed() {
        TriageResult result = Cases.evaluate40(ALL_NO.replace("'saddleAnesthesia':false,", "").replace("'ivDrugUse':false,", ""));
        RedFlagGroupScreen caudaEquina = group(result, RedFlagGroup.CAUDA_EQUINA);
        assertFalse(caudaEquina.answered());
        assertEquals(List.of("saddleAnesthesia"), caudaEquina.unanswered());
        assertEquals(List.of("saddleAnesthesia"), caudaEquina.wouldChangeResult(), "saddle anesthesia raises CAUDA_EQUINA");
        RedFlagGroupScreen infection = group(result, RedFlagGroup.INFECTION);
        assertEquals(List.of("ivDrugUse"), infection.unanswered());
        assertEquals(List.of(), infection.wouldChangeResult(), "IV drug use without fever, an ESR or tenderness changes nothing");
        assertTrue(group(result, RedFlagGroup.CANCER).answered());
        assertTrue(Cases.cautions(result, "caution.red-flag-questions-not-asked"));
        Cases.assertMentions(result, "cauda equina: saddleAnesthesia");
        Cases.assertMentions(result, "infection: ivDrugUse");
        Cases.assertMentions(result, "assumes the answer to each is no");
        Cases.assertMentions(result, "a yes to any of saddleAnesthesia would change this result");
    }

    @Test
    void anUnknownPresentationLeavesItsQuestionsUnanswered() {
        TriageResult result = Cases.evaluate40(ALL_NO.replace("'sciatica':'NONE',", ""));
        assertEquals(List.of("sciatica"), group(result, RedFlagGroup.CAUDA_EQUINA).wouldChangeResult(),
                "bilateral sciatica raises CAUDA_EQUINA");
    }

    @Test
    void anUnknownTraumaWouldChangeTheResultThroughTheEmergencyDepartment() {
        TriageResult result = Cases.evaluate40(ALL_NO.replace("'recentTrauma':'NONE',", ""));
        assertEquals(List.of("recentTrauma"), group(result, RedFlagGroup.FRACTURE).wouldChangeResult());
    }

    @Test
    void feverAloneCanChangeTheResultThroughTheDifferential() {
        TriageResult result = Cases.evaluate40(ALL_NO.replace("'fever':false,", ""));
        assertEquals(List.of("fever"), group(result, RedFlagGroup.INFECTION).wouldChangeResult(),
                "systemic signs move the differential from soft tissue (ROUTINE) to inflammatory (SOON)");
    }
}
