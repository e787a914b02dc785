package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinepath.triage.engine.Cases.flag;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class AgeRiskRuleTest {

    static final String MECHANICAL = "'presentation':{'onset':'ACUTE','localization':'DIFFUSE','symmetry':'UNILATERAL',"
            + "'painIntensity':5,'painWithRest':'BETTER','painWithActivity':'WORSE'}";

    static TriageResult at(int age) {
        return Cases.ENGINE.evaluate(Cases.aged(age, MECHANICAL));
    }

    @Test
    void age19IsAtRisk20IsNot() {
        assertEquals(List.of("ageYears=19 (<20)"), flag(at(19), Flag.AGE_RISK).findings());
        assertFalse(at(20).hasFlag(Flag.AGE_RISK));
    }

    @Test
    void age55IsNot56Is() {
        assertFalse(at(55).hasFlag(Flag.AGE_RISK));
        assertEquals(List.of("ageYears=56 (>55)"), flag(at(56), Flag.AGE_RISK).findings());
    }

    @Test
    void byItselfItNeverRaisesUrgencyAboveRoutine() {
        TriageResult result = at(80);
        assertEquals(Pathway.MECHANICAL_BACK_PAIN, result.pathway());
        assertEquals(Urgency.ROUTINE, result.urgency());
        assertFalse(result.referral().required());
    }

    @Test
    void addsAnEsrScreenAndTheAgeCaution() {
        TriageResult result = at(17);
        assertTrue(Cases.orders(result, "lab.order.esr"));
        assertTrue(Cases.cautions(result, "caution.age-risk"));
        Cases.assertMentions(result, "19% over 55");
        assertFalse(Cases.cautions(at(40), "caution.age-risk"));
    }

    @Test
    void onlyWithBackPain() {
        assertFalse(Cases.ENGINE.evaluate(Cases.aged(80, "'presentation':{'painIntensity':0}")).hasFlag(Flag.AGE_RISK));
        assertFalse(Cases.ENGINE.evaluate(Cases.aged(17, "")).hasFlag(Flag.AGE_RISK));
        assertEquals(Urgency.SELF_CARE, Cases.ENGINE.evaluate(Cases.aged(80,
                "'presentation':{'painIntensity':0},'imaging':{'schmorlNodes':[{'level':'L2'}]}")).urgency());
        assertTrue(Cases.ENGINE.evaluate(Cases.aged(80, "'presentation':{'onset':'GRADUAL'}")).hasFlag(Flag.AGE_RISK),
                "a presentation with unknown intensity is back pain");
    }
}
