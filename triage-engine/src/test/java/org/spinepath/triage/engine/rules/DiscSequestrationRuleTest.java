package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.spinepath.triage.engine.Cases.evaluate40;
import static org.spinepath.triage.engine.Cases.flag;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.ReferralLevel;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class DiscSequestrationRuleTest {

    @Test
    void aSequesteredDiscIsASurgicalEmergency() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':7},"
                + "'imaging':{'discHerniation':{'level':'L4-L5','type':'SEQUESTRATION'}}");
        assertEquals(Urgency.EMERGENCY, result.urgency());
        assertEquals(Pathway.EMERGENCY_REFERRAL, result.pathway());
        assertEquals(List.of("discHerniation.type=SEQUESTRATION"), flag(result, Flag.DISC_SEQUESTRATION).findings());
        assertEquals(ReferralLevel.IMMEDIATE, result.referral().level());
        Cases.assertMentions(result, "surgical");
    }

    @Test
    void otherTypesAreNot() {
        for (String type : List.of("BULGING", "PROTRUSION", "EXTRUSION")) {
            assertFalse(evaluate40("'imaging':{'discHerniation':{'type':'" + type + "'}}").hasFlag(Flag.DISC_SEQUESTRATION), type);
        }
        assertFalse(evaluate40("'imaging':{'discHerniation':{'level':'L5-S1'}}").hasFlag(Flag.DISC_SEQUESTRATION));
    }
}
