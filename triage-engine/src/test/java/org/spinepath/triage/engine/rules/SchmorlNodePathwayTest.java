package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinepath.triage.engine.Cases.evaluate40;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Caution;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;
import org.spinepath.triage.engine.catalogue.Sources;

class SchmorlNodePathwayTest {

    static final String EDEMA_NODE = "'imaging':{'schmorlNodes':[{'level':'L4','endplate':'INFERIOR','sizeMm':6,'boneMarrowEdema':true}]}";

    static TriageResult symptomatic(int intensity, String treatment) {
        return evaluate40("'presentation':{'painIntensity':" + intensity + "}," + EDEMA_NODE
                + (treatment.isEmpty() ? "" : ",'treatmentHistory':{" + treatment + "}"));
    }

    @Test
    void anIncidentalNodeWithoutPainNeedsNothing() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':0},'imaging':{'schmorlNodes':[{'level':'L4','sizeMm':3}]}");
        assertEquals(Pathway.SCHMORL_INCIDENTAL, result.pathway());
        assertEquals(Urgency.SELF_CARE, result.urgency());
        Cases.assertMentions(result, "no follow-up imaging");
        Cases.assertMentions(result, "70%");
        Cases.assertMentions(result, "benign");
        assertTrue(Cases.cautions(result, "caution.schmorl.asymptomatic-node"));
        assertFalse(Cases.cautions(result, "caution.schmorl.do-not-attribute"));
    }

    @Test
    void aNodeWithMriEvidenceButNoPainIsIncidental() {
        assertEquals(Pathway.SCHMORL_INCIDENTAL, evaluate40("'presentation':{'painIntensity':0}," + EDEMA_NODE).pathway());
    }

    @Test
    void anIncidentalNodeWithPainIsNotBlamedForIt() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':5,'onset':'ACUTE','painWithRest':'BETTER',"
                + "'painWithActivity':'WORSE'},'imaging':{'schmorlNodes':[{'level':'L2','modicChanges':false}]}");
        assertEquals(Pathway.MECHANICAL_BACK_PAIN, result.pathway());
        assertTrue(Cases.cautions(result, "caution.schmorl.do-not-attribute"));
        Cases.assertMentions(result, "do not attribute");
    }

    @Test
    void modicChangesMakeItSymptomaticToo() {
        assertEquals(Pathway.SCHMORL_SYMPTOMATIC, evaluate40("'presentation':{'painIntensity':4},"
                + "'imaging':{'schmorlNodes':[{'level':'L5','modicChanges':true}]}").pathway());
    }

    @Test
    void radicularSymptomsWithPosteriorExtensionMakeItSymptomatic() {
        assertEquals(Pathway.SCHMORL_SYMPTOMATIC, evaluate40("'presentation':{'painIntensity':4,'sciatica':'UNILATERAL'},"
                + "'imaging':{'schmorlNodes':[{'level':'L5','posteriorExtension':true}]}").pathway());
        assertNotEquals(Pathway.SCHMORL_SYMPTOMATIC, evaluate40("'presentation':{'painIntensity':4,'sciatica':'NONE'},"
                + "'imaging':{'schmorlNodes':[{'level':'L5','posteriorExtension':true}]}").pathway());
    }

    @Test
    void line1IsConservative() {
        TriageResult result = symptomatic(5, "");
        assertEquals(1, result.line());
        assertEquals(Urgency.ROUTINE, result.urgency());
        for (String word : new String[] {"physiotherapy", "core strengthening", "proprioceptive", "neuromuscular", "NSAID",
                "activity modification", "6-12 weeks", "bone marrow edema"}) {
            Cases.assertMentions(result, word);
        }
        assertFalse(Cases.recommends(result, "schmorl.l1.muscle-relaxant"));
        assertTrue(Cases.recommends(evaluate40("'presentation':{'painIntensity':5,'muscleSpasm':true}," + EDEMA_NODE),
                "schmorl.l1.muscle-relaxant"));
    }

    @Test
    void conservativeTherapy5WeeksIsLine1And6WeeksIsLine2() {
        assertEquals(1, symptomatic(5, "'conservativeTherapyWeeks':5,'conservativeResponse':'PARTIAL'").line());
        TriageResult six = symptomatic(5, "'conservativeTherapyWeeks':6,'conservativeResponse':'PARTIAL'");
        assertEquals(2, six.line());
        assertEquals(Urgency.SOON, six.urgency());
        Cases.assertMentions(six, "epidural steroid injection");
        assertFalse(six.referral().required());
    }

    @Test
    void resolvedAfterSixWeeksStaysOnLine1() {
        assertEquals(1, symptomatic(3, "'conservativeTherapyWeeks':8,'conservativeResponse':'RESOLVED'").line());
    }

    @Test
    void vertebroplastyFrom12WeeksOfFailedConservativeTherapy() {
        assertFalse(Cases.recommends(symptomatic(5, "'conservativeTherapyWeeks':11,'conservativeResponse':'NONE'"),
                "schmorl.l2.vertebroplasty"));
        TriageResult twelve = symptomatic(5, "'conservativeTherapyWeeks':12,'conservativeResponse':'NONE'");
        assertTrue(Cases.recommends(twelve, "schmorl.l2.vertebroplasty"));
        Cases.assertMentions(twelve, "7.9 to 2.1");
        Cases.assertMentions(twelve, "58 months");
    }

    @Test
    void line3AfterFailedInterventionWithDisablingPain() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':8,'disablingPain':true}," + EDEMA_NODE
                + ",'treatmentHistory':{'conservativeTherapyWeeks':20,'interventionalDone':true,'interventionalResponse':'PARTIAL'}");
        assertEquals(3, result.line());
        assertEquals(Urgency.SOON, result.urgency());
        Cases.assertMentions(result, "fusion");
        Cases.assertMentions(result, "tunnelling");
        TriageResult notDisabling = evaluate40("'presentation':{'painIntensity':5,'disablingPain':false}," + EDEMA_NODE
                + ",'treatmentHistory':{'interventionalDone':true,'interventionalResponse':'PARTIAL'}");
        assertEquals(2, notDisabling.line());
    }

    @Test
    void line3WithANeurologicalDeficit() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':5,'sciatica':'UNILATERAL'},"
                + "'neurology':{'sensoryDeficit':'UNILATERAL'},"
                + "'imaging':{'schmorlNodes':[{'level':'L5','posteriorExtension':true}]}");
        assertEquals(Pathway.SCHMORL_SYMPTOMATIC, result.pathway());
        assertEquals(3, result.line());
    }

    @Test
    void opioidsOnlyForSeverePainIntensity6No7Yes() {
        TriageResult six = symptomatic(6, "");
        assertFalse(Cases.recommends(six, "schmorl.l1.short-term-opioid"));
        assertFalse(Cases.cautions(six, "caution.opioid-source-conflict"));
        TriageResult seven = symptomatic(7, "");
        assertTrue(Cases.recommends(seven, "schmorl.l1.short-term-opioid"));
        Caution conflict = seven.cautions().stream().filter(c -> c.id().equals("caution.opioid-source-conflict")).findFirst().orElseThrow();
        assertEquals(List.of(Sources.SNM_FIRST_LINE, Sources.SPT_TREATMENT_ERRORS), conflict.citations());
    }

    @Test
    void everySymptomaticResultSaysTheEvidenceIsWeak() {
        for (TriageResult result : List.of(symptomatic(5, ""), symptomatic(5, "'conservativeTherapyWeeks':6"),
                evaluate40("'presentation':{'painIntensity':8,'disablingPain':true}," + EDEMA_NODE
                        + ",'treatmentHistory':{'interventionalDone':true,'interventionalResponse':'NONE'}"))) {
            assertTrue(Cases.cautions(result, "caution.schmorl.weak-evidence"), "line " + result.line());
            assertTrue(Cases.cautions(result, "caution.schmorl.no-rush-to-intervention"));
            assertTrue(Cases.cautions(result, "caution.schmorl.differential"));
            Cases.assertMentions(result, "European Spine Journal");
        }
    }
}
