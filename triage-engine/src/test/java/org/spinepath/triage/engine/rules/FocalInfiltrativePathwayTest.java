package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinepath.triage.engine.Cases.evaluate40;

import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.DifferentialCategory;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class FocalInfiltrativePathwayTest {

    @Test
    void belowTheThresholdItIsInvestigatedAndAtLeastSoon() {
        TriageResult result = evaluate40(MalignancyRuleTest.FOCAL_FIVE);
        assertEquals(DifferentialCategory.FOCAL_INFILTRATIVE, result.differential().category());
        assertEquals(Pathway.SERIOUS_PATHOLOGY_WORKUP, result.pathway());
        assertTrue(Cases.orders(result, "imaging.mri.workup"));
        assertTrue(Cases.orders(result, "lab.order.workup-panel"));
        assertTrue(Cases.recommends(result, "workup.safety-net"));
        assertEquals(Urgency.SOON, result.urgency());
        assertFalse(result.referral().required(), "no MALIGNANCY or INFECTION flag: no notification");
        assertTrue(Cases.orders(result, "lab.order.esr"));
        assertTrue(Cases.orders(result, "lab.order.alkaline-phosphatase"));
        assertTrue(Cases.orders(result, "lab.order.serum-protein-electrophoresis"));
        assertTrue(Cases.orders(result, "imaging.focal-infiltrative"));
        Cases.assertMentions(result, "serum protein electrophoresis");
    }

    @Test
    void withoutBackPainThereIsNoCategoryPathway() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':0,'onset':'GRADUAL','localization':'FOCAL'}");
        assertEquals(null, result.pathway());
        assertEquals(Urgency.SELF_CARE, result.urgency());
    }
}
