package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class SeriousPathologyWorkupPathwayTest {

    /** Mechanical-looking pain: without the work-up this is MECHANICAL_BACK_PAIN, ROUTINE. */
    static final String MECHANICAL = "'presentation':{'onset':'ACUTE','localization':'DIFFUSE','symmetry':'UNILATERAL',"
            + "'painIntensity':5,'painWithRest':'BETTER','painWithActivity':'WORSE'}";

    static void assertWorkup(TriageResult result) {
        assertEquals(Pathway.SERIOUS_PATHOLOGY_WORKUP, result.pathway());
        assertEquals(Urgency.SOON, result.urgency());
        assertFalse(result.referral().required(), "the work-up sends no referral message");
        assertTrue(Cases.orders(result, "imaging.mri.workup"));
        assertTrue(Cases.orders(result, "lab.order.workup-panel"));
        assertTrue(Cases.recommends(result, "workup.safety-net"));
        Cases.assertMentions(result, "CRP, full blood count, alkaline phosphatase and serum protein electrophoresis");
    }

    @Test
    void aCancerHistoryWithBackPainAndNoMalignancyFlag() {
        TriageResult result = Cases.evaluate40("'history':{'cancerHistory':true}," + MECHANICAL);
        assertFalse(result.hasFlag(Flag.MALIGNANCY));
        assertWorkup(result);
        assertEquals(Pathway.SERIOUS_PATHOLOGY_REFERRAL,
                Cases.evaluate40("'history':{'cancerHistory':true},'systemic':{'weightLoss':true}," + MECHANICAL).pathway(),
                "with MALIGNANCY, step 2 decides");
        assertEquals(null, Cases.evaluate40("'history':{'cancerHistory':true},'presentation':{'painIntensity':0}").pathway(),
                "no back pain, no work-up");
    }

    @ParameterizedTest(name = "age {0}, {1} weeks, response {2}: work-up {3}")
    @CsvSource({"51, 4, NONE, true", "50, 4, NONE, false", "51, 3, NONE, false", "51, 8, PARTIAL, false", "70, 20, NONE, true"})
    void noResponseToFourWeeksAbove50(int age, int weeks, String response, boolean workup) {
        TriageResult result = Cases.ENGINE.evaluate(Cases.aged(age, MECHANICAL
                + ",'treatmentHistory':{'conservativeTherapyWeeks':" + weeks + ",'conservativeResponse':'" + response + "'}"));
        if (workup) {
            assertWorkup(result);
        } else {
            assertNotEquals(Pathway.SERIOUS_PATHOLOGY_WORKUP, result.pathway());
        }
    }

    @Test
    void notWithAHerniationOrASymptomaticNode() {
        String failed = ",'treatmentHistory':{'conservativeTherapyWeeks':6,'conservativeResponse':'NONE'}";
        assertEquals(Pathway.DISC_HERNIATION, Cases.ENGINE.evaluate(Cases.aged(60, MECHANICAL + failed
                + ",'imaging':{'discHerniation':{'type':'BULGING'}}")).pathway());
        assertEquals(Pathway.SCHMORL_SYMPTOMATIC, Cases.ENGINE.evaluate(Cases.aged(60, MECHANICAL + failed
                + ",'imaging':{'schmorlNodes':[{'level':'L3','boneMarrowEdema':true}]}")).pathway());
        assertWorkup(Cases.ENGINE.evaluate(Cases.aged(60, MECHANICAL + failed
                + ",'imaging':{'schmorlNodes':[{'level':'L3'}]}")));
    }

    @ParameterizedTest(name = "ESR {0}: work-up {1}")
    @CsvSource({"50, true", "49, false", "49.9, false", "120, true"})
    void esrOf50OrMore(double esr, boolean workup) {
        TriageResult result = Cases.evaluate40(MECHANICAL + ",'labs':{'esrMmPerHour':" + esr + "}");
        assertEquals(workup, result.pathway() == Pathway.SERIOUS_PATHOLOGY_WORKUP, result::toString);
        if (workup) {
            assertWorkup(result);
        }
    }

    @Test
    void notWhenInflammatoryExplainsIt() {
        TriageResult result = Cases.evaluate40("'presentation':{'painIntensity':4,'morningStiffnessMinutes':60,"
                + "'painWithRest':'WORSE'},'labs':{'esrMmPerHour':70,'haemoglobinLow':true}");
        assertTrue(result.hasFlag(Flag.INFLAMMATORY));
        assertEquals(Pathway.INFLAMMATORY_BACK_PAIN, result.pathway());
    }

    @ParameterizedTest(name = "low haemoglobin at {0}: work-up {1}")
    @CsvSource({"51, true", "50, false"})
    void lowHaemoglobinAbove50(int age, boolean workup) {
        TriageResult result = Cases.ENGINE.evaluate(Cases.aged(age, MECHANICAL + ",'labs':{'haemoglobinLow':true}"));
        assertEquals(workup, result.pathway() == Pathway.SERIOUS_PATHOLOGY_WORKUP);
    }
}
