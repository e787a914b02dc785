package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class UnansweredNeverLowersTest {

    /** Severe focal-looking pain that ties focal infiltrative with mechanical: the work-up, SOON. */
    static final String FOCAL_TIE = "'presentation':{'painIntensity':7,'painWithActivity':'WORSE','nightPain':'SEVERE'},"
            + "'systemic':{'weightLoss':false}";

    @Test
    void aDisturbedGaitThatRaisesNoFlagDoesNotLowerTheUrgencyThroughTheDifferential() {
        TriageResult unanswered = Cases.evaluate40(FOCAL_TIE);
        assertEquals(Pathway.SERIOUS_PATHOLOGY_WORKUP, unanswered.pathway());
        assertEquals(Urgency.SOON, unanswered.urgency());
        TriageResult gait = Cases.evaluate40(FOCAL_TIE + ",'neurology':{'gaitDisturbance':true}");
        assertFalse(gait.hasFlag(Flag.CORD_COMPRESSION));
        assertEquals(Pathway.MECHANICAL_BACK_PAIN, gait.pathway(), "the differential counts the gait as a neurological symptom");
        assertEquals(Urgency.SOON, gait.urgency(), "but the yes gives no less than the unanswered question");
    }

    @Test
    void oldUpperMotorNeuronSignsWithPainLikewise() {
        String old = ",'neurology':{'upperMotorNeuronSigns':true,'neuroSymptomOnsetDays':90,'neuroSymptomsWorsening':false}";
        TriageResult result = Cases.evaluate40(FOCAL_TIE + old);
        assertFalse(result.hasFlag(Flag.CORD_COMPRESSION));
        assertEquals(Urgency.SOON, result.urgency());
    }

    @Test
    void noFloorWhenTheAnswersRaiseTheFlagOrAreAbsent() {
        assertEquals(Urgency.SELF_CARE, UnansweredNeverLowers.floor(CaseFacts.of(Cases.aged(40, FOCAL_TIE))));
        assertEquals(Urgency.SELF_CARE, UnansweredNeverLowers.floor(CaseFacts.of(Cases.aged(40,
                FOCAL_TIE + ",'neurology':{'gaitDisturbance':false,'upperMotorNeuronSigns':false}"))));
        assertEquals(Urgency.EMERGENCY, Cases.evaluate40(FOCAL_TIE + ",'neurology':{'gaitDisturbance':true,'handClumsiness':true,"
                + "'neuroSymptomOnsetDays':3}").urgency());
    }
}
