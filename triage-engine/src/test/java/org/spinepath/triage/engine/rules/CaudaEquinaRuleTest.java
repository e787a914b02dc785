package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinepath.triage.engine.Cases.evaluate40;
import static org.spinepath.triage.engine.Cases.flag;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
            "'neurology':{'sacralRootsInvolved':true}              | sacralRootsInvolved"})
    void eachFindingAloneIsAnEmergency(String sections, String finding) {
        TriageResult result = evaluate40(sections);
        assertEquals(Urgency.EMERGENCY, result.urgency());
        assertEquals(Pathway.EMERGENCY_REFERRAL, result.pathway());
        assertEquals(ReferralLevel.IMMEDIATE, result.referral().level());
        assertTrue(result.referral().flags().contains(Flag.CAUDA_EQUINA));
        assertTrue(flag(result, Flag.CAUDA_EQUINA).findings().contains(finding), () -> flag(result, Flag.CAUDA_EQUINA).findings().toString());
        Cases.assertMentions(result, "decompression");
        Cases.assertMentions(result, "paralysis");
    }

    @ParameterizedTest(name = "{0} does not raise CAUDA_EQUINA")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'neurology':{'saddleAnesthesia':false,'bladderDysfunction':'NONE','bowelDysfunction':false}",
            "'neurology':{'saddleAnesthesia':null,'bladderDysfunction':null,'bowelDysfunction':null}",
            "'presentation':{'painIntensity':6,'sciatica':'UNILATERAL'}",
            "'neurology':{'sensoryDeficit':'UNILATERAL'}",
            "'neurology':{'multipleRootLevels':false,'sacralRootsInvolved':false}",
            "'neurology':{'bilateralStraightLegRaise':true}"})
    void absentOrUnknownFindingsDoNot(String sections) {
        assertFalse(evaluate40(sections).hasFlag(Flag.CAUDA_EQUINA));
    }

    @Test
    void listsEveryFindingThatRaisedIt() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':8,'sciatica':'BILATERAL'},"
                + "'neurology':{'saddleAnesthesia':true,'bladderDysfunction':'RETENTION'}");
        assertEquals(java.util.List.of("saddleAnesthesia", "bladderDysfunction=RETENTION", "sciatica=BILATERAL"),
                flag(result, Flag.CAUDA_EQUINA).findings());
    }
}
