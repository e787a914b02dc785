package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinepath.triage.engine.Cases.evaluate40;

import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class MechanicalBackPainPathwayTest {

    static TriageResult mechanical(String extraPresentation, String treatment) {
        return evaluate40("'presentation':{'onset':'ACUTE','localization':'DIFFUSE','symmetry':'UNILATERAL','painIntensity':6,"
                + "'painWithRest':'BETTER','painWithActivity':'WORSE','nightPain':'POSITIONAL'" + extraPresentation + "}"
                + (treatment.isEmpty() ? "" : ",'treatmentHistory':{" + treatment + "}"));
    }

    @Test
    void theAcutePhaseWithTheDosesOfTheSource() {
        TriageResult result = mechanical(",'durationDays':3", "");
        assertEquals(Pathway.MECHANICAL_BACK_PAIN, result.pathway());
        assertEquals(1, result.line());
        assertEquals(Urgency.ROUTINE, result.urgency());
        for (String words : new String[] {"firm mattress", "paracetamol by mouth, up to 4 g a day",
                "naproxen 250 mg by mouth every 8 hours, after meals", "heat", "diazepam 2 mg by mouth every 8 hours",
                "tolperisone 100 mg intramuscularly twice daily", "150 mg by mouth three times daily", "physiotherapy",
                "70% within 3 weeks", "90% within 6 weeks", "manual therapy", "rehabilitation programme"}) {
            Cases.assertMentions(result, words);
        }
        assertTrue(result.recommendations().stream().allMatch(r -> !r.text().toLowerCase().contains("opioid")),
                "the mechanical pathway recommends no opioid");
    }

    @Test
    void notImprovedAfterTwoWeeksOfTreatmentIsLine2() {
        assertEquals(1, mechanical("", "'conservativeTherapyWeeks':1,'conservativeResponse':'NONE'").line());
        TriageResult two = mechanical("", "'conservativeTherapyWeeks':2,'conservativeResponse':'PARTIAL'");
        assertEquals(2, two.line());
        assertEquals(Urgency.ROUTINE, two.urgency());
        Cases.assertMentions(two, "X-ray");
        Cases.assertMentions(two, "epidural");
        Cases.assertMentions(two, "corset");
        Cases.assertMentions(two, "specialist");
        assertEquals(1, mechanical("", "'conservativeTherapyWeeks':4,'conservativeResponse':'RESOLVED'").line());
    }

    @Test
    void withoutTreatmentHistoryPainFor14DaysIsLine2() {
        assertEquals(1, mechanical(",'durationDays':13", "").line());
        assertEquals(2, mechanical(",'durationDays':14", "").line());
    }

    @Test
    void backPainThatTheTableCannotPlaceIsManagedAsMechanical() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':2}");
        assertEquals(Pathway.MECHANICAL_BACK_PAIN, result.pathway());
        assertEquals(Urgency.ROUTINE, result.urgency());
    }
}
