package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.RaisedFlag;
import org.spinepath.triage.engine.Referral;
import org.spinepath.triage.engine.ReferralLevel;
import org.spinepath.triage.engine.TriageResult;

class ReferralDecisionTest {

    static RaisedFlag raised(Flag flag) {
        return new RaisedFlag(flag, List.of("finding"), List.of(org.spinepath.triage.engine.catalogue.Sources.SPT_REFERRAL));
    }

    @Test
    void immediateOutranksWithoutDelay() {
        Referral referral = ReferralDecision.decide(List.of(raised(Flag.MALIGNANCY), raised(Flag.CAUDA_EQUINA), raised(Flag.AGE_RISK)));
        assertEquals(ReferralLevel.IMMEDIATE, referral.level());
        assertEquals(List.of(Flag.CAUDA_EQUINA), referral.flags());
    }

    @Test
    void malignancyAndInfectionAreReferredWithoutDelay() {
        Referral referral = ReferralDecision.decide(List.of(raised(Flag.MALIGNANCY), raised(Flag.INFECTION), raised(Flag.ELEVATED_ESR)));
        assertEquals(ReferralLevel.WITHOUT_DELAY, referral.level());
        assertEquals(List.of(Flag.MALIGNANCY, Flag.INFECTION), referral.flags());
    }

    @Test
    void otherFlagsAreNotReferredByNotification() {
        Referral referral = ReferralDecision.decide(List.of(raised(Flag.FRACTURE), raised(Flag.INFLAMMATORY),
                raised(Flag.AGE_RISK), raised(Flag.ELEVATED_ESR)));
        assertFalse(referral.required());
        assertNull(referral.level());
        assertEquals(List.of(), referral.flags());
    }

    @Test
    void theNewEmergencyFlagsAreReferredTogetherWithTheOthersOfTheirLevel() {
        Referral referral = ReferralDecision.decide(List.of(raised(Flag.CAUDA_EQUINA), raised(Flag.SPINAL_METASTATIC_COMPRESSION),
                raised(Flag.VASCULAR_EMERGENCY), raised(Flag.MALIGNANCY), raised(Flag.FRACTURE)));
        assertEquals(ReferralLevel.IMMEDIATE, referral.level());
        assertEquals(List.of(Flag.CAUDA_EQUINA, Flag.SPINAL_METASTATIC_COMPRESSION, Flag.VASCULAR_EMERGENCY), referral.flags());
    }

    @Test
    void fractureNeverSetsAReferralEvenAfterMajorTrauma() {
        TriageResult result = org.spinepath.triage.engine.Cases.evaluate40("'history':{'recentTrauma':'MAJOR'}");
        assertEquals(org.spinepath.triage.engine.Urgency.EMERGENCY, result.urgency());
        assertFalse(result.referral().required());
    }
}
