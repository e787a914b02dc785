package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinepath.triage.engine.Cases.evaluate40;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.TriageResult;

class CautionsTest {

    @Test
    void theOpioidConflictShowsBothSidesWhenAnOpioidAppears() {
        TriageResult result = SchmorlNodePathwayTest.symptomatic(9, "");
        assertTrue(Cases.cautions(result, "caution.opioid-source-conflict"));
        Cases.assertMentions(result, "treatment errors");
        Cases.assertMentions(result, "short-term opioid");
        assertEquals(2, Cautions.OPIOID_CONFLICT.citations().size());
    }

    @Test
    void noOpioidNoConflict() {
        assertFalse(Cases.cautions(MechanicalBackPainPathwayTest.mechanical("", ""), "caution.opioid-source-conflict"));
    }

    @Test
    void aNodeBesideAFractureFlagWarnsNotToConfuseThem() {
        TriageResult result = evaluate40("'history':{'recentTrauma':'MAJOR'},'presentation':{'painIntensity':6},"
                + "'imaging':{'schmorlNodes':[{'level':'T12'}]}");
        assertTrue(Cases.cautions(result, "caution.schmorl.differential"));
        Cases.assertMentions(result, "compression fracture");
    }

    @Test
    void theRestActivityPatternIsExplainedWhenRecorded() {
        assertTrue(Cases.cautions(MechanicalBackPainPathwayTest.mechanical("", ""), "caution.rest-activity-pattern"));
        assertFalse(Cases.cautions(evaluate40("'presentation':{'painIntensity':4}"), "caution.rest-activity-pattern"));
    }

    @Test
    void cautionsFollowTheOrderOfSection7() {
        TriageResult result = Cases.ENGINE.evaluate(Cases.aged(60, "'presentation':{'painIntensity':8,'painWithRest':'BETTER'},"
                + SchmorlNodePathwayTest.EDEMA_NODE));
        assertEquals(List.of("caution.opioid-source-conflict", "caution.schmorl.differential",
                "caution.schmorl.no-rush-to-intervention", "caution.rest-activity-pattern", "caution.age-risk",
                "caution.schmorl.weak-evidence", "caution.red-flag-questions-not-asked", "caution.guidance.age-threshold"),
                result.cautions().stream().map(c -> c.id()).toList());
    }

    @Test
    void version2CautionsFollowTheOrderOfSection7() {
        TriageResult result = Cases.ENGINE.evaluate(Cases.aged(12, "'presentation':{'painIntensity':5,'sciatica':'UNILATERAL',"
                + "'onset':'ACUTE','painWithRest':'BETTER','painWithActivity':'WORSE'},'neurology':{'upperMotorNeuronSigns':true,"
                + "'neuroSymptomOnsetDays':60,'neuroSymptomsWorsening':false}"));
        assertEquals(List.of("caution.rest-activity-pattern", "caution.age-risk", "caution.cauda-equina-safety-net",
                "caution.red-flag-questions-not-asked", "caution.children", "caution.guidance.bed-rest",
                "caution.guidance.passive-treatments", "caution.upper-motor-neuron-signs"),
                result.cautions().stream().map(c -> c.id()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "'presentation':{'painIntensity':5,'sciatica':'UNILATERAL'}",
            "'presentation':{'painIntensity':0,'sciatica':'ALTERNATING'}",
            "'presentation':{'painIntensity':5},'imaging':{'discHerniation':{'type':'PROTRUSION'}}",
            "'neurology':{'multipleRootLevels':true}"})
    void theCaudaEquinaSafetyNetWithSciaticaAHerniationOrASuspectedStage(String sections) {
        TriageResult result = evaluate40(sections);
        assertTrue(Cases.cautions(result, "caution.cauda-equina-safety-net"));
        for (String warning : List.of("numbness between the legs or around the back passage", "urine or stool",
                "sexual dysfunction", "weakness or numbness in both legs", "emergency department at once")) {
            Cases.assertMentions(result, warning);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "'presentation':{'painIntensity':5,'sciatica':'NONE'}",
            "'neurology':{'saddleAnesthesia':true}"})
    void noSafetyNetWithoutSciaticaAHerniationOrASuspectedStage(String sections) {
        assertFalse(Cases.cautions(evaluate40(sections), "caution.cauda-equina-safety-net"));
    }
}
