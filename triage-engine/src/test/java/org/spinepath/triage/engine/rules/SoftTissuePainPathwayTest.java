package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.spinepath.triage.engine.Cases.evaluate40;

import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class SoftTissuePainPathwayTest {

    @Test
    void generalizedModeratePainIsSoftTissue() {
        TriageResult result = evaluate40("'presentation':{'onset':'SUBACUTE','localization':'DIFFUSE','symmetry':'GENERALIZED',"
                + "'painIntensity':5,'nightPain':'MODERATE'},'systemic':{'fever':false,'weightLoss':false}");
        assertEquals(Pathway.SOFT_TISSUE_PAIN, result.pathway());
        assertNull(result.line());
        assertEquals(Urgency.ROUTINE, result.urgency());
        Cases.assertMentions(result, "physiotherapy");
        Cases.assertMentions(result, "therapeutic exercise");
        Cases.assertMentions(result, "antidepressant");
    }
}
