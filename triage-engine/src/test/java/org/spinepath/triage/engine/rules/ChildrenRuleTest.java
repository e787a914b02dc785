package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class ChildrenRuleTest {

    static final String MECHANICAL = "'presentation':{'onset':'ACUTE','localization':'DIFFUSE','symmetry':'UNILATERAL',"
            + "'painIntensity':5,'painWithRest':'BETTER','painWithActivity':'WORSE','muscleSpasm':true}";

    @Test
    void at15BackPainIsAtLeastSoonWithoutAnyDrugAndWithTheCaution() {
        TriageResult child = Cases.ENGINE.evaluate(Cases.aged(15, MECHANICAL));
        assertEquals(Pathway.MECHANICAL_BACK_PAIN, child.pathway());
        assertEquals(Urgency.SOON, child.urgency());
        assertTrue(Cases.cautions(child, "caution.children"));
        assertTrue(Cases.recommends(child, "children.paediatric-assessment"));
        assertTrue(Cases.recommends(child, "children.no-adult-drugs"));
        for (String drug : ChildrenRule.DRUG_RECOMMENDATIONS) {
            assertFalse(Cases.recommends(child, drug), drug);
        }
        String advice = Cases.advice(child);
        for (String word : List.of("paracetamol", "naproxen", "diazepam", "tolperisone", " mg")) {
            assertFalse(advice.contains(word), word);
        }
        assertEquals(2, child.recommendations().stream().map(r -> r.id()).filter(id -> id.startsWith("children.")).count());
        assertFalse(Cases.cautions(child, "caution.guidance.paracetamol-alone"), "no paracetamol, no paracetamol caution");
    }

    @Test
    void at16TheAdultRulesApply() {
        TriageResult adult = Cases.ENGINE.evaluate(Cases.aged(16, MECHANICAL));
        assertEquals(Urgency.ROUTINE, adult.urgency());
        assertFalse(Cases.cautions(adult, "caution.children"));
        assertTrue(Cases.recommends(adult, "mechanical.l1.paracetamol"));
        Cases.assertMentions(adult, "naproxen 250 mg");
    }

    @Test
    void theDrugRecommendationIsReplacedWhereTheFirstDrugStood() {
        TriageResult adult = Cases.ENGINE.evaluate(Cases.aged(16, MECHANICAL));
        TriageResult child = Cases.ENGINE.evaluate(Cases.aged(15, MECHANICAL));
        int firstDrug = adult.recommendations().stream().map(r -> r.id()).toList().indexOf("mechanical.l1.paracetamol");
        assertEquals("children.no-adult-drugs", child.recommendations().get(firstDrug).id());
    }

    @Test
    void aChildWithoutBackPainGetsTheCautionButNoMinimumUrgency() {
        TriageResult result = Cases.ENGINE.evaluate(Cases.aged(10, "'presentation':{'painIntensity':0}"));
        assertEquals(Urgency.SELF_CARE, result.urgency());
        assertTrue(Cases.cautions(result, "caution.children"));
        assertFalse(Cases.recommends(result, "children.paediatric-assessment"));
    }

    @Test
    void opioidsAndTheirCautionAreNotShownToAChild() {
        TriageResult child = Cases.ENGINE.evaluate(Cases.aged(12, "'presentation':{'painIntensity':9},"
                + "'imaging':{'schmorlNodes':[{'level':'L2','boneMarrowEdema':true}]}"));
        assertFalse(Cases.recommends(child, "schmorl.l1.short-term-opioid"));
        assertFalse(Cases.cautions(child, "caution.opioid-source-conflict"));
        assertEquals(Urgency.SOON, child.urgency());
    }
}
