package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.TriageResult;

/** Each seed-versus-guidance caution of pathways.md section 7 appears exactly when its seed advice does. */
class GuidanceConflictsTest {

    static TriageResult mechanical(String extra) {
        return Cases.evaluate40("'presentation':{'onset':'ACUTE','localization':'DIFFUSE','symmetry':'UNILATERAL',"
                + "'painIntensity':5,'painWithRest':'BETTER','painWithActivity':'WORSE'" + extra + "}");
    }

    @Test
    void theMechanicalAcutePhaseShowsBedRestParacetamolAndPassiveTreatments() {
        TriageResult result = mechanical("");
        assertTrue(Cases.cautions(result, "caution.guidance.bed-rest"));
        assertTrue(Cases.cautions(result, "caution.guidance.paracetamol-alone"));
        assertTrue(Cases.cautions(result, "caution.guidance.passive-treatments"));
        assertFalse(Cases.cautions(result, "caution.guidance.routine-xray"));
        Cases.assertMentions(result, "staying active");
    }

    @Test
    void theMechanicalSecondLineShowsTheXRayAndTheEpidural() {
        TriageResult result = mechanical(",'durationDays':20");
        assertTrue(Cases.cautions(result, "caution.guidance.routine-xray"));
        assertTrue(Cases.cautions(result, "caution.guidance.epidural-not-radicular"));
        assertFalse(Cases.cautions(result, "caution.guidance.bed-rest"));
        assertFalse(Cases.cautions(mechanical(",'durationDays':20,'sciatica':'UNILATERAL'"), "caution.guidance.epidural-not-radicular"),
                "an epidural for radicular pain is what the guidance considers");
    }

    @Test
    void softTissuePainShowsTheAntidepressantConflict() {
        TriageResult result = Cases.evaluate40("'presentation':{'onset':'SUBACUTE','symmetry':'GENERALIZED','painIntensity':5}");
        assertTrue(Cases.recommends(result, "soft-tissue.antidepressant"));
        assertTrue(Cases.cautions(result, "caution.guidance.antidepressants"));
    }

    @Test
    void aSequestrationShowsThatTheGuidanceLooksAtTheNeurology() {
        TriageResult result = Cases.evaluate40("'presentation':{'painIntensity':6},'imaging':{'discHerniation':{'type':'SEQUESTRATION'}}");
        assertTrue(Cases.cautions(result, "caution.guidance.sequestration-alone"));
        assertTrue(Cases.cautions(result, "caution.cauda-equina-safety-net"));
    }

    @Test
    void theAge55ThresholdShowsTheGuidanceAge() {
        TriageResult at56 = Cases.ENGINE.evaluate(Cases.aged(56, "'presentation':{'painIntensity':4}"));
        assertTrue(Cases.cautions(at56, "caution.guidance.age-threshold"));
        assertFalse(Cases.cautions(Cases.ENGINE.evaluate(Cases.aged(55, "'presentation':{'painIntensity':4}")),
                "caution.guidance.age-threshold"));
        assertFalse(Cases.cautions(Cases.ENGINE.evaluate(Cases.aged(18, "'presentation':{'painIntensity':4}")),
                "caution.guidance.age-threshold"), "under 20 the seed's 55 is not in play");
    }

    @Test
    void theDiscHerniationConservativeLineShowsBedRestAndPassiveTreatments() {
        TriageResult result = Cases.evaluate40("'presentation':{'painIntensity':5},'imaging':{'discHerniation':{'type':'BULGING'}}");
        assertTrue(Cases.cautions(result, "caution.guidance.bed-rest"));
        assertTrue(Cases.cautions(result, "caution.guidance.passive-treatments"));
    }
}
