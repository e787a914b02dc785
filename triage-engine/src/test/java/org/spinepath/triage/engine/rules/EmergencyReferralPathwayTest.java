package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinepath.triage.engine.Cases.evaluate40;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.ReferralLevel;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class EmergencyReferralPathwayTest {

    @Test
    void anEmergencyFlagWinsOverEveryOtherPathway() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':7},'neurology':{'motorWeakness':'PROGRESSIVE'},"
                + "'labs':{'psaElevated':true},'imaging':{'discHerniation':{'type':'PROTRUSION'},"
                + "'schmorlNodes':[{'level':'L4','boneMarrowEdema':true}]}");
        assertEquals(Pathway.EMERGENCY_REFERRAL, result.pathway());
        assertEquals(Urgency.EMERGENCY, result.urgency());
        assertEquals(ReferralLevel.IMMEDIATE, result.referral().level());
        assertEquals(List.of(Flag.PROGRESSIVE_NEURO_DEFICIT), result.referral().flags(), "the flags behind the IMMEDIATE level");
        assertTrue(result.hasFlag(Flag.MALIGNANCY), "every flag is still reported");
        assertTrue(Cases.recommends(result, "emergency.progressive-neuro-deficit"));
    }

    @Test
    void eachEmergencyFlagBringsItsOwnAction() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':7},'neurology':{'saddleAnesthesia':true},"
                + "'imaging':{'myelographicBlock':true,'discHerniation':{'type':'SEQUESTRATION'}}");
        assertEquals(List.of("emergency.cauda-equina", "emergency.cord-compression", "emergency.disc-sequestration"),
                result.recommendations().stream().map(r -> r.id()).toList());
        assertEquals(List.of(Flag.CAUDA_EQUINA, Flag.CORD_COMPRESSION, Flag.DISC_SEQUESTRATION), result.referral().flags());
    }
}
