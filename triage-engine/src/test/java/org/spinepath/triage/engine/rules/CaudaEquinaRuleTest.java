package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinepath.triage.engine.Cases.evaluate40;
import static org.spinepath.triage.engine.Cases.flag;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.spinepath.triage.engine.CaudaEquinaStage;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.ReferralLevel;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class CaudaEquinaRuleTest {

    @ParameterizedTest(name = "{0} raises CAUDA_EQUINA with finding {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'neurology':{'saddleAnesthesia':true}                 | saddleAnesthesia",
            "'neurology':{'bladderDysfunction':'RETENTION'}        | bladderDysfunction=RETENTION",
            "'neurology':{'bladderDysfunction':'INCONTINENCE'}     | bladderDysfunction=INCONTINENCE",
            "'neurology':{'bowelDysfunction':true}                 | bowelDysfunction",
            "'presentation':{'painIntensity':6,'sciatica':'BILATERAL'}   | sciatica=BILATERAL",
            "'presentation':{'painIntensity':6,'sciatica':'ALTERNATING'} | sciatica=ALTERNATING",
            "'neurology':{'sensoryDeficit':'BILATERAL'}            | sensoryDeficit=BILATERAL",
            "'neurology':{'multipleRootLevels':true}               | multipleRootLevels",
            "'neurology':{'sacralRootsInvolved':true}              | sacralRootsInvolved",
            "'neurology':{'bladderDysfunction':'ALTERED_SENSATION'} | bladderDysfunction=ALTERED_SENSATION",
            "'neurology':{'bladderDysfunction':'POOR_STREAM_OR_STRAINING'} | bladderDysfunction=POOR_STREAM_OR_STRAINING",
            "'neurology':{'rectalSensationReduced':true}           | rectalSensationReduced",
            "'neurology':{'analToneReduced':true}                  | analToneReduced",
            "'neurology':{'sexualDysfunction':true}                | sexualDysfunction",
            "'neurology':{'motorWeaknessBothLegs':true}            | motorWeaknessBothLegs",
            "'neurology':{'bilateralStraightLegRaise':true}        | bilateralStraightLegRaise",
            "'neurology':{'postVoidResidualMl':200}                | postVoidResidualMl=200 (>=200)"})
    void eachFindingAloneIsAnEmergency(String sections, String finding) {
        TriageResult result = evaluate40(sections);
        assertEquals(Urgency.EMERGENCY, result.urgency());
        assertEquals(Pathway.EMERGENCY_REFERRAL, result.pathway());
        assertEquals(ReferralLevel.IMMEDIATE, result.referral().level());
        assertTrue(result.referral().flags().contains(Flag.CAUDA_EQUINA));
        assertTrue(flag(result, Flag.CAUDA_EQUINA).findings().contains(finding), () -> flag(result, Flag.CAUDA_EQUINA).findings().toString());
        Cases.assertMentions(result, "decompression");
        Cases.assertMentions(result, "paralysis");
        Cases.assertMentions(result, "MRI of the lumbosacral spine within 4 hours");
        Cases.assertMentions(result, "any hour");
        Cases.assertMentions(result, "bladder only if that does not delay the MRI");
        Cases.assertMentions(result, "by day or night");
    }

    @ParameterizedTest(name = "{0} is stage {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'neurology':{'bladderDysfunction':'RETENTION'}                       | WITH_RETENTION",
            "'neurology':{'bladderDysfunction':'INCONTINENCE','saddleAnesthesia':true} | WITH_RETENTION",
            "'neurology':{'postVoidResidualMl':200,'sexualDysfunction':true}      | WITH_RETENTION",
            "'neurology':{'postVoidResidualMl':199,'sexualDysfunction':true}      | INCOMPLETE",
            "'neurology':{'bladderDysfunction':'ALTERED_SENSATION'}               | INCOMPLETE",
            "'neurology':{'bladderDysfunction':'POOR_STREAM_OR_STRAINING'}        | INCOMPLETE",
            "'neurology':{'bowelDysfunction':true}                                | INCOMPLETE",
            "'neurology':{'saddleAnesthesia':true}                                | INCOMPLETE",
            "'neurology':{'sacralRootsInvolved':true}                             | INCOMPLETE",
            "'neurology':{'rectalSensationReduced':true}                          | INCOMPLETE",
            "'neurology':{'analToneReduced':true}                                 | INCOMPLETE",
            "'neurology':{'sexualDysfunction':true,'motorWeaknessBothLegs':true}  | INCOMPLETE",
            "'presentation':{'painIntensity':6,'sciatica':'BILATERAL'}            | SUSPECTED",
            "'neurology':{'motorWeaknessBothLegs':true,'sensoryDeficit':'BILATERAL'} | SUSPECTED",
            "'neurology':{'multipleRootLevels':true,'bilateralStraightLegRaise':true} | SUSPECTED"})
    void theStageFollowsTheMostAdvancedFinding(String sections, CaudaEquinaStage stage) {
        TriageResult result = evaluate40(sections);
        assertEquals(stage, flag(result, Flag.CAUDA_EQUINA).stage());
        assertEquals(Urgency.EMERGENCY, result.urgency(), "every stage is an emergency");
        assertEquals(ReferralLevel.IMMEDIATE, result.referral().level());
    }

    @Test
    void onlyCaudaEquinaCarriesAStage() {
        TriageResult result = evaluate40("'neurology':{'saddleAnesthesia':true},'imaging':{'myelographicBlock':true}");
        assertNull(flag(result, Flag.CORD_COMPRESSION).stage());
        assertEquals(CaudaEquinaStage.INCOMPLETE, flag(result, Flag.CAUDA_EQUINA).stage());
    }

    @Test
    void theFindingsSayHowLongTheSymptomsHaveLastedAndWhetherTheyAreWorsening() {
        TriageResult result = evaluate40("'neurology':{'saddleAnesthesia':true,'neuroSymptomOnsetDays':40,"
                + "'neuroSymptomsWorsening':false}");
        assertEquals(List.of("saddleAnesthesia", "neuroSymptomOnsetDays=40", "neuroSymptomsWorsening=false"),
                flag(result, Flag.CAUDA_EQUINA).findings());
        assertEquals(Urgency.EMERGENCY, result.urgency(), "long-standing stable symptoms are still an emergency");
        assertEquals(List.of("saddleAnesthesia"), flag(evaluate40("'neurology':{'saddleAnesthesia':true}"), Flag.CAUDA_EQUINA).findings());
    }

    @ParameterizedTest(name = "{0} does not raise CAUDA_EQUINA")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'neurology':{'saddleAnesthesia':false,'bladderDysfunction':'NONE','bowelDysfunction':false}",
            "'neurology':{'saddleAnesthesia':null,'bladderDysfunction':null,'bowelDysfunction':null}",
            "'presentation':{'painIntensity':6,'sciatica':'UNILATERAL'}",
            "'neurology':{'sensoryDeficit':'UNILATERAL'}",
            "'neurology':{'multipleRootLevels':false,'sacralRootsInvolved':false}",
            "'neurology':{'bilateralStraightLegRaise':false,'motorWeaknessBothLegs':false,'sexualDysfunction':false}",
            "'neurology':{'rectalSensationReduced':false,'analToneReduced':false,'postVoidResidualMl':0}",
            "'neurology':{'postVoidResidualMl':199}"})
    void absentOrUnknownFindingsDoNot(String sections) {
        assertFalse(evaluate40(sections).hasFlag(Flag.CAUDA_EQUINA));
    }

    @Test
    void listsEveryFindingThatRaisedIt() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':8,'sciatica':'BILATERAL'},"
                + "'neurology':{'saddleAnesthesia':true,'bladderDysfunction':'RETENTION'}");
        assertEquals(List.of("saddleAnesthesia", "bladderDysfunction=RETENTION", "sciatica=BILATERAL"),
                flag(result, Flag.CAUDA_EQUINA).findings());
    }
}
