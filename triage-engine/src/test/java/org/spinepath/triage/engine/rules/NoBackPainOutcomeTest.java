package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.spinepath.triage.engine.Cases.evaluate40;

import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class NoBackPainOutcomeTest {

    @Test
    void anAsymptomaticCaseWithoutImagingFindingsIsSelfCare() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':0}");
        assertNull(result.pathway());
        assertEquals(Urgency.SELF_CARE, result.urgency());
        Cases.assertMentions(result, "reassess");
    }

    @Test
    void flagsStillSetTheUrgencyWithoutPain() {
        TriageResult result = evaluate40("'history':{'recentTrauma':'MINOR','osteoporosis':true}");
        assertNull(result.pathway());
        assertEquals(Urgency.SOON, result.urgency());
        assertEquals(true, result.hasFlag(Flag.FRACTURE));
    }
}
