package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinepath.triage.engine.Cases.evaluate40;
import static org.spinepath.triage.engine.Cases.flag;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class FractureRuleTest {

    static final String MECHANICAL = "'presentation':{'onset':'ACUTE','localization':'DIFFUSE','painIntensity':5,"
            + "'painWithRest':'BETTER','painWithActivity':'WORSE'}";

    @Test
    void majorTraumaAlone() {
        TriageResult result = evaluate40("'history':{'recentTrauma':'MAJOR'}," + MECHANICAL);
        assertEquals(List.of("recentTrauma=MAJOR"), flag(result, Flag.FRACTURE).findings());
        assertEquals(Urgency.SOON, result.urgency());
        assertFalse(result.referral().required());
        assertTrue(Cases.orders(result, "imaging.xray.fracture"));
        Cases.assertMentions(result, "X-ray");
    }

    @Test
    void minorTraumaWithOsteoporosisOrSteroids() {
        assertEquals(List.of("recentTrauma=MINOR", "osteoporosis"),
                flag(evaluate40("'history':{'recentTrauma':'MINOR','osteoporosis':true}"), Flag.FRACTURE).findings());
        assertEquals(List.of("recentTrauma=MINOR", "longTermSteroids"),
                flag(evaluate40("'history':{'recentTrauma':'MINOR','longTermSteroids':true}"), Flag.FRACTURE).findings());
        assertFalse(evaluate40("'history':{'recentTrauma':'MINOR','osteoporosis':false}").hasFlag(Flag.FRACTURE));
    }

    @Test
    void minorTraumaAt70IsNotAt71Is() {
        String minor = "'history':{'recentTrauma':'MINOR'}," + MECHANICAL;
        assertFalse(Cases.ENGINE.evaluate(Cases.aged(70, minor)).hasFlag(Flag.FRACTURE));
        TriageResult at71 = Cases.ENGINE.evaluate(Cases.aged(71, minor));
        assertEquals(List.of("recentTrauma=MINOR", "ageYears=71 (>70)"), flag(at71, Flag.FRACTURE).findings());
        assertEquals(Urgency.SOON, at71.urgency());
    }

    @Test
    void noTraumaNoFracture() {
        assertFalse(evaluate40("'history':{'recentTrauma':'NONE','osteoporosis':true}").hasFlag(Flag.FRACTURE));
        assertFalse(Cases.ENGINE.evaluate(Cases.aged(80, "'history':{'osteoporosis':true}")).hasFlag(Flag.FRACTURE));
    }
}
