package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.properties.PropertyRunner;

/** The definitions of pathways.md section 2 that every rule uses. */
class DefinitionsTest {

    static CaseFacts facts(String sections) {
        return CaseFacts.of(Cases.aged(40, sections));
    }

    @Test
    void backPainIncludesNeckPainAndPainOfUnknownIntensity() {
        assertTrue(facts("'presentation':{'painIntensity':3,'painRegion':'CERVICAL'}").hasBackPain());
        assertTrue(facts("'presentation':{'painRegion':'CERVICAL'}").hasBackPain());
        assertFalse(facts("'presentation':{'painIntensity':0}").hasBackPain());
        assertFalse(facts("").hasBackPain());
    }

    @Test
    void withoutBackPainTheFieldsDescribingThePainAreUnknownButTheFindingsOfTheirOwnStay() {
        CaseFacts f = facts("'presentation':{'painIntensity':0,'onset':'ACUTE','nightPain':'SEVERE','progressivePain':true,"
                + "'painRegion':'THORACIC','painWorseOnStraining':true,'suddenSeverePain':true,'morningStiffnessMinutes':60,"
                + "'sciatica':'UNILATERAL','localizedBoneTenderness':true,'muscleSpasm':true,"
                + "'lumbarMobilityLimitedAllDirections':true}");
        assertNull(f.presentation().onset());
        assertNull(f.presentation().nightPain());
        assertNull(f.presentation().progressivePain());
        assertNull(f.presentation().painRegion());
        assertNull(f.presentation().painWorseOnStraining());
        assertNull(f.presentation().suddenSeverePain());
        assertNull(f.presentation().morningStiffnessMinutes());
        assertEquals("UNILATERAL", f.presentation().sciatica().name());
        assertTrue(f.presentation().localizedBoneTenderness());
        assertTrue(f.presentation().muscleSpasm());
        assertTrue(f.presentation().lumbarMobilityLimitedAllDirections());
        assertEquals("ACUTE", f.recordedPresentation().onset().name());
    }

    @Test
    void theNeurologicalFindingsAreThoseOfSection2AndNotSciatica() {
        assertEquals(List.of(), facts("'presentation':{'painIntensity':5,'sciatica':'BILATERAL'},"
                + "'neurology':{'motorWeakness':'NONE','sensoryDeficit':'NONE','postVoidResidualMl':199}").neurologicalFindings());
        assertEquals(List.of("motorWeakness=STABLE", "motorWeaknessBothLegs", "sensoryDeficit=UNILATERAL", "reflexChanges",
                "upperMotorNeuronSigns", "bladderDysfunction=ALTERED_SENSATION", "bowelDysfunction", "saddleAnesthesia",
                "rectalSensationReduced", "analToneReduced", "sexualDysfunction", "gaitDisturbance", "handClumsiness",
                "multipleRootLevels", "sacralRootsInvolved", "bilateralStraightLegRaise", "postVoidResidualMl=200 (>=200)"),
                facts("'neurology':{'motorWeakness':'STABLE','motorWeaknessBothLegs':true,'sensoryDeficit':'UNILATERAL',"
                        + "'reflexChanges':true,'upperMotorNeuronSigns':true,'bladderDysfunction':'ALTERED_SENSATION',"
                        + "'bowelDysfunction':true,'saddleAnesthesia':true,'rectalSensationReduced':true,'analToneReduced':true,"
                        + "'sexualDysfunction':true,'gaitDisturbance':true,'handClumsiness':true,'multipleRootLevels':true,"
                        + "'sacralRootsInvolved':true,'bilateralStraightLegRaise':true,'postVoidResidualMl':200}")
                        .neurologicalFindings());
    }

    @ParameterizedTest(name = "onset {0} days, worsening {1}: new {2}, known old {3}")
    @CsvSource(nullValues = "null", value = {
            "0, null, true, false", "14, null, true, false", "15, null, false, false", "15, false, false, true",
            "14, false, true, false", "300, true, true, false", "null, true, true, false", "null, false, false, false",
            "null, null, false, false"})
    void newAndKnownToBeOld(Integer days, Boolean worsening, boolean isNew, boolean knownOld) {
        CaseFacts f = facts("'neurology':{'neuroSymptomOnsetDays':" + days + ",'neuroSymptomsWorsening':" + worsening + "}");
        assertEquals(isNew, f.neurologyNew());
        assertEquals(knownOld, f.neurologyKnownOld());
    }

    @Test
    void theQuickTestForANeurologicalFindingAgreesWithTheNamedFindings() {
        PropertyRunner.forAllCases(c -> {
            CaseFacts f = CaseFacts.of(c);
            assertEquals(!f.neurologicalFindings().isEmpty(), f.hasNeurologicalFinding(), () -> f.neurologicalFindings().toString());
        });
    }
}
