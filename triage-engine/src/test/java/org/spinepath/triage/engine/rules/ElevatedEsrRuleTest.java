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

class ElevatedEsrRuleTest {

    static final String ASYMPTOMATIC = "'presentation':{'painIntensity':0},";

    @Test
    void esr25IsNot26Is() {
        assertFalse(evaluate40(ASYMPTOMATIC + "'labs':{'esrMmPerHour':25}").hasFlag(Flag.ELEVATED_ESR));
        TriageResult at26 = evaluate40(ASYMPTOMATIC + "'labs':{'esrMmPerHour':26}");
        assertEquals(List.of("esrMmPerHour=26 (>25)"), flag(at26, Flag.ELEVATED_ESR).findings());
        assertEquals(Urgency.ROUTINE, at26.urgency(), "at least ROUTINE, even without back pain");
        assertFalse(at26.referral().required());
    }

    @Test
    void aFractionAbove25Counts() {
        assertTrue(evaluate40("'labs':{'esrMmPerHour':25.5}").hasFlag(Flag.ELEVATED_ESR));
    }

    @Test
    void unexplainedEsrOrdersTheLabDifferential() {
        TriageResult result = evaluate40(ASYMPTOMATIC + "'labs':{'esrMmPerHour':40}");
        assertTrue(Cases.orders(result, "lab.order.differential-panel"));
        assertTrue(Cases.recommends(result, "esr.lab-differential"));
        Cases.assertMentions(result, "alkaline phosphatase");
    }

    @Test
    void anEsrExplainedByAnotherFlagDoesNotOrderIt() {
        TriageResult result = evaluate40("'systemic':{'fever':true},'labs':{'esrMmPerHour':40}");
        assertTrue(result.hasFlag(Flag.INFECTION));
        assertTrue(result.hasFlag(Flag.ELEVATED_ESR));
        assertFalse(Cases.orders(result, "lab.order.differential-panel"));
    }

    @Test
    void unknownEsrIsNotRaised() {
        assertFalse(evaluate40("'labs':{'alkalinePhosphataseElevated':false}").hasFlag(Flag.ELEVATED_ESR));
    }

    @Test
    void theVersion2FlagsDoNotExplainARaisedEsr() {
        TriageResult result = evaluate40("'systemic':{'abdominalPain':true,'syncopeOrHypotension':true},"
                + "'presentation':{'painIntensity':0},'labs':{'esrMmPerHour':40}");
        assertTrue(result.hasFlag(Flag.VASCULAR_EMERGENCY));
        assertTrue(Cases.recommends(result, "esr.lab-differential"));
        TriageResult metastatic = evaluate40("'history':{'cancerHistory':true},'neurology':{'reflexChanges':true},"
                + "'presentation':{'painIntensity':0},'labs':{'esrMmPerHour':40}");
        assertTrue(metastatic.hasFlag(Flag.SPINAL_METASTATIC_COMPRESSION));
        assertTrue(metastatic.hasFlag(Flag.MALIGNANCY), "a cancer history with a raised ESR is MALIGNANCY, which explains it");
        assertFalse(Cases.recommends(metastatic, "esr.lab-differential"));
    }
}
