package org.spinepath.triage.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinepath.triage.engine.Cases;

/** The constraints on the input records, checked with Hibernate Validator as the intake service uses them. */
class CaseValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    static Set<String> violations(String json) {
        Set<ConstraintViolation<Case>> found = validator.validate(Cases.of(json));
        return found.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyPublicVignetteIsValid() throws Exception {
        for (Case c : Cases.vignetteCases()) {
            assertTrue(validator.validate(c).isEmpty(), c::toString);
        }
    }

    @Test
    void theAgeIsRequired() {
        assertEquals(Set.of("patient"), violations("{}"));
        assertEquals(Set.of("patient.ageYears"), violations("{'patient':{'sex':'MALE'}}"));
    }

    @ParameterizedTest(name = "{0} is invalid at {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "{'patient':{'ageYears':121}}                                        | patient.ageYears",
            "{'patient':{'ageYears':-1}}                                         | patient.ageYears",
            "{'patient':{'ageYears':40},'presentation':{'painIntensity':11}}     | presentation.painIntensity",
            "{'patient':{'ageYears':40},'presentation':{'painIntensity':-1}}     | presentation.painIntensity",
            "{'patient':{'ageYears':40},'presentation':{'durationDays':-3}}      | presentation.durationDays",
            "{'patient':{'ageYears':40},'presentation':{'morningStiffnessMinutes':-1}} | presentation.morningStiffnessMinutes",
            "{'patient':{'ageYears':40},'labs':{'esrMmPerHour':-0.5}}            | labs.esrMmPerHour",
            "{'patient':{'ageYears':40},'treatmentHistory':{'conservativeTherapyWeeks':-1}} | treatmentHistory.conservativeTherapyWeeks",
            "{'patient':{'ageYears':40},'imaging':{'schmorlNodes':[{'sizeMm':-2}]}} | imaging.schmorlNodes[0].sizeMm",
            "{'patient':{'ageYears':40},'imaging':{'schmorlNodes':[null]}}       | imaging.schmorlNodes[0].<list element>",
            "{'patient':{'ageYears':40},'neurology':{'postVoidResidualMl':-1}}   | neurology.postVoidResidualMl",
            "{'patient':{'ageYears':40},'neurology':{'postVoidResidualMl':5001}} | neurology.postVoidResidualMl",
            "{'patient':{'ageYears':40},'neurology':{'neuroSymptomOnsetDays':-1}} | neurology.neuroSymptomOnsetDays",
            "{'patient':{'ageYears':40},'neurology':{'neuroSymptomOnsetDays':36501}} | neurology.neuroSymptomOnsetDays"})
    void outOfRangeValuesAreReportedOnceWithTheirPath(String json, String path) {
        assertEquals(Set.of(path), violations(json));
        assertEquals(1, validator.validate(Cases.of(json)).size(), "one violation, not one per accessor and field");
    }

    @Test
    void theLimitsThemselvesAreValid() {
        assertEquals(Set.of(), violations("{'patient':{'ageYears':0},'presentation':{'painIntensity':0,'durationDays':0}}"));
        assertEquals(Set.of(), violations("{'patient':{'ageYears':120},'presentation':{'painIntensity':10}}"));
        assertEquals(Set.of(), violations("{'patient':{'ageYears':40},'neurology':{'postVoidResidualMl':0,'neuroSymptomOnsetDays':0}}"));
        assertEquals(Set.of(), violations("{'patient':{'ageYears':40},'neurology':{'postVoidResidualMl':5000,'neuroSymptomOnsetDays':36500}}"));
    }

    @Test
    void unknownStaysDistinctFromNo() {
        Case unknown = Cases.of("{'patient':{'ageYears':40},'neurology':{},'history':{},'systemic':{},'labs':{}}");
        Case no = Cases.of("{'patient':{'ageYears':40},'neurology':{'sexualDysfunction':false,'bladderDysfunction':'NONE'},"
                + "'history':{'diabetes':false},'systemic':{'rigors':false},'labs':{'crpElevated':false}}");
        assertEquals(null, unknown.neurology().sexualDysfunction());
        assertEquals(false, no.neurology().sexualDysfunction());
        assertEquals(null, unknown.history().diabetes());
        assertEquals(false, no.history().diabetes());
        assertEquals(BladderDysfunction.NONE, no.neurology().bladderDysfunction());
        assertEquals(null, unknown.labs().crpElevated());
    }
}
