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
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class InflammatoryRuleTest {

    static String stiffness(int minutes, String rest, String activity) {
        return "'presentation':{'painIntensity':4,'morningStiffnessMinutes':" + minutes
                + (rest == null ? "" : ",'painWithRest':'" + rest + "'")
                + (activity == null ? "" : ",'painWithActivity':'" + activity + "'") + "}";
    }

    @Test
    void morningStiffness30MinutesIsNot31Is() {
        assertFalse(evaluate40(stiffness(30, "WORSE", null)).hasFlag(Flag.INFLAMMATORY));
        TriageResult at31 = evaluate40(stiffness(31, "WORSE", null));
        assertEquals(List.of("morningStiffnessMinutes=31 (>30)", "painWithRest=WORSE"), flag(at31, Flag.INFLAMMATORY).findings());
        assertEquals(Urgency.SOON, at31.urgency());
        assertEquals(Pathway.INFLAMMATORY_BACK_PAIN, at31.pathway());
        assertFalse(at31.referral().required());
    }

    @Test
    void betterWithActivityIsEnoughToo() {
        assertTrue(evaluate40(stiffness(45, null, "BETTER")).hasFlag(Flag.INFLAMMATORY));
    }

    @Test
    void stiffnessWithAMechanicalRestPatternIsNot() {
        assertFalse(evaluate40(stiffness(45, "BETTER", "WORSE")).hasFlag(Flag.INFLAMMATORY));
        assertFalse(evaluate40(stiffness(45, null, null)).hasFlag(Flag.INFLAMMATORY));
    }

    @Test
    void hlaB27StrengthensButNeverRaisesAlone() {
        TriageResult strengthened = evaluate40(stiffness(60, "WORSE", "BETTER").replace("}", "},'labs':{'hlaB27Positive':true}"));
        assertTrue(flag(strengthened, Flag.INFLAMMATORY).findings().contains("hlaB27Positive"));
        assertFalse(evaluate40("'presentation':{'painIntensity':4},'labs':{'hlaB27Positive':true}").hasFlag(Flag.INFLAMMATORY));
    }

    @Test
    void ordersEsrAndHlaB27AndRheumatology() {
        TriageResult result = evaluate40(stiffness(45, "WORSE", "BETTER"));
        assertTrue(Cases.orders(result, "lab.order.esr"));
        assertTrue(Cases.orders(result, "lab.order.hla-b27"));
        Cases.assertMentions(result, "rheumatology");
    }

    @Test
    void theFlagKeepsItsActionsWhenAnotherPathwayWins() {
        TriageResult result = evaluate40(stiffness(45, "WORSE", "BETTER").replace("}", "},"
                + "'imaging':{'discHerniation':{'type':'PROTRUSION'}}"));
        assertEquals(Pathway.DISC_HERNIATION, result.pathway());
        assertEquals(Urgency.SOON, result.urgency());
        assertTrue(Cases.recommends(result, "inflammatory.rheumatology"));
    }
}
