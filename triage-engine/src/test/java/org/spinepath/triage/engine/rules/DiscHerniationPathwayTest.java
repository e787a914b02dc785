package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinepath.triage.engine.Cases.evaluate40;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class DiscHerniationPathwayTest {

    static TriageResult disc(String type, String extra) {
        return evaluate40("'presentation':{'painIntensity':5,'sciatica':'UNILATERAL'" + extra + "},"
                + "'imaging':{'discHerniation':{'level':'L4-L5','type':'" + type + "'}}");
    }

    @ParameterizedTest(name = "{0}: conservative, line 1, ROUTINE")
    @ValueSource(strings = {"BULGING", "PROTRUSION"})
    void bulgingAndProtrusionAreConservative(String type) {
        TriageResult result = disc(type, "");
        assertEquals(Pathway.DISC_HERNIATION, result.pathway());
        assertEquals(1, result.line());
        assertEquals(Urgency.ROUTINE, result.urgency());
        for (String word : new String[] {"rest", "heat", "gentle massage", "physiotherapy", "acupuncture", "hard bed",
                "lumbar support", "pelvic traction", "spasm"}) {
            Cases.assertMentions(result, word);
        }
        assertTrue(Cases.recommends(result, "disc.safety-net"));
    }

    @Test
    void extrusionNeedsSurgicalAssessment() {
        TriageResult result = disc("EXTRUSION", "");
        assertEquals(3, result.line());
        assertEquals(Urgency.SOON, result.urgency());
        assertFalse(result.referral().required());
        Cases.assertMentions(result, "surgical assessment");
    }

    @Test
    void disablingPainNotRespondingToConservativeTherapyIsARelativeIndication() {
        TriageResult none = evaluate40("'presentation':{'painIntensity':6,'disablingPain':true},"
                + "'imaging':{'discHerniation':{'type':'PROTRUSION'}},'treatmentHistory':{'conservativeTherapyWeeks':8,'conservativeResponse':'NONE'}");
        assertEquals(3, none.line());
        assertEquals(Urgency.SOON, none.urgency());
        TriageResult resolved = evaluate40("'presentation':{'painIntensity':6,'disablingPain':true},"
                + "'imaging':{'discHerniation':{'type':'PROTRUSION'}},'treatmentHistory':{'conservativeResponse':'RESOLVED'}");
        assertEquals(1, resolved.line());
        TriageResult notDisabling = evaluate40("'presentation':{'painIntensity':6,'disablingPain':false},"
                + "'imaging':{'discHerniation':{'type':'BULGING'}},'treatmentHistory':{'conservativeResponse':'NONE'}");
        assertEquals(1, notDisabling.line());
    }

    @Test
    void aHerniationOfUnknownTypeIsTreatedConservatively() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':5},'imaging':{'discHerniation':{'level':'L5-S1'}}");
        assertEquals(Pathway.DISC_HERNIATION, result.pathway());
        assertEquals(1, result.line());
    }

    @Test
    void aHerniationComesBeforeASchmorlNode() {
        TriageResult result = evaluate40("'presentation':{'painIntensity':5},'imaging':{'discHerniation':{'type':'BULGING'},"
                + "'schmorlNodes':[{'level':'L4','boneMarrowEdema':true}]}");
        assertEquals(Pathway.DISC_HERNIATION, result.pathway());
    }
}
