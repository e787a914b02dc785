package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinepath.triage.engine.Cases.evaluate40;
import static org.spinepath.triage.engine.Cases.flag;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.ReferralLevel;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class FractureRuleTest {

    static final String MECHANICAL = "'presentation':{'onset':'ACUTE','localization':'DIFFUSE','painIntensity':5,"
            + "'painWithRest':'BETTER','painWithActivity':'WORSE'}";

    @Test
    void majorTraumaIsAnEmergencyForTheEmergencyDepartmentWithoutAReferralMessage() {
        TriageResult result = evaluate40("'history':{'recentTrauma':'MAJOR'}," + MECHANICAL);
        assertEquals(List.of("recentTrauma=MAJOR"), flag(result, Flag.FRACTURE).findings());
        assertEquals(Urgency.EMERGENCY, result.urgency());
        assertEquals(Pathway.EMERGENCY_REFERRAL, result.pathway());
        assertFalse(result.referral().required());
        assertEquals("fracture.major-trauma", result.recommendations().getFirst().id());
        assertTrue(Cases.orders(result, "imaging.trauma-protocol"));
        assertFalse(Cases.recommends(result, "fracture.xray"), "not an X-ray within days");
        Cases.assertMentions(result, "emergency department");
        Cases.assertMentions(result, "trauma protocol");
    }

    @Test
    void withAnotherEmergencyTheRoutedFlagIsReferredAndFractureIsNot() {
        TriageResult result = evaluate40("'history':{'recentTrauma':'MAJOR'},'neurology':{'saddleAnesthesia':true}");
        assertEquals(ReferralLevel.IMMEDIATE, result.referral().level());
        assertEquals(List.of(Flag.CAUDA_EQUINA), result.referral().flags());
        assertTrue(Cases.recommends(result, "fracture.major-trauma"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'history':{'osteoporosis':true},'presentation':{'painIntensity':8,'suddenSeverePain':true} | suddenSeverePain, osteoporosis",
            "'history':{'longTermSteroids':true,'recentTrauma':'NONE'},'presentation':{'localizedBoneTenderness':true} | localizedBoneTenderness, longTermSteroids"})
    void anOsteoporoticFractureNeedsNoTrauma(String sections, String findings) {
        TriageResult result = evaluate40(sections);
        assertEquals(List.of(findings.split(", ")), flag(result, Flag.FRACTURE).findings());
        assertTrue(Urgency.SOON.isAtLeast(result.urgency()) && result.urgency().isAtLeast(Urgency.SOON));
        assertFalse(result.referral().required());
        assertTrue(Cases.orders(result, "imaging.osteoporotic-fracture"));
        Cases.assertMentions(result, "MRI");
    }

    @Test
    void osteoporoticFractureAt70IsNotAt71Is() {
        String sudden = "'presentation':{'painIntensity':8,'suddenSeverePain':true}";
        assertFalse(Cases.ENGINE.evaluate(Cases.aged(70, sudden)).hasFlag(Flag.FRACTURE));
        assertEquals(List.of("suddenSeverePain", "ageYears=71 (>70)"),
                flag(Cases.ENGINE.evaluate(Cases.aged(71, sudden)), Flag.FRACTURE).findings());
    }

    @Test
    void suddenPainCountsOnlyWithBackPain() {
        assertFalse(evaluate40("'history':{'osteoporosis':true},'presentation':{'painIntensity':0,'suddenSeverePain':true}")
                .hasFlag(Flag.FRACTURE));
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
