package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.spinepath.triage.engine.Cases.evaluate40;

import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.DifferentialCategory;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class InflammatoryBackPainPathwayTest {

    @Test
    void theFlagLeadsToRheumatologyWithinWeeks() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':4,'morningStiffnessMinutes':90,'painWithRest':'WORSE'}");
        assertEquals(Pathway.INFLAMMATORY_BACK_PAIN, result.pathway());
        assertEquals(Urgency.SOON, result.urgency());
        Cases.assertMentions(result, "HLA-B27");
        Cases.assertMentions(result, "ESR");
    }

    @Test
    void anInflammatoryDifferentialWithoutTheFlagTakesTheSamePathway() {
        TriageResult result = evaluate40("'presentation':{'onset':'SUBACUTE','symmetry':'BILATERAL','painIntensity':5,"
                + "'nightPain':'MODERATE'},'systemic':{'nightSweats':true}");
        assertFalse(result.hasFlag(Flag.INFLAMMATORY));
        assertEquals(DifferentialCategory.INFLAMMATORY, result.differential().category());
        assertEquals(Pathway.INFLAMMATORY_BACK_PAIN, result.pathway());
        assertEquals(Urgency.SOON, result.urgency());
    }
}
