package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinepath.triage.engine.Cases.evaluate40;

import java.util.List;
import org.junit.jupiter.api.Test;
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
                "caution.schmorl.weak-evidence"), result.cautions().stream().map(c -> c.id()).toList());
    }
}
