package org.spinepath.triage.engine.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.TriageEngine;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;
import org.spinepath.triage.engine.model.Case;
import org.spinepath.triage.engine.model.HerniationType;
import org.spinepath.triage.engine.model.PainResponse;
import org.spinepath.triage.engine.model.Sciatica;
import org.spinepath.triage.engine.model.TherapyResponse;
import org.spinepath.triage.engine.model.Trauma;
import org.spinepath.triage.engine.rules.CaseFacts;
import org.spinepath.triage.engine.rules.SchmorlNodePathway;

/**
 * pathways.md section 9: "Version 2 applies to every case: a case that uses only version 1 fields can still get
 * a different result under items 1-4 and 6-10". Over generated cases that use only version 1 fields, the
 * engine is compared with the frozen version 1 engine ({@code org.spinepath.triage.engine.v1}, test sources
 * only). Each item of section 9 that can touch such a case is a predicate over the case; where none holds, the
 * two results agree on everything but wording and citations (urgency, flags with their findings, pathway, line,
 * referral, recommendation and investigation ids); where one holds, version 2 never lowers the urgency except
 * for the changes that concern patients without back pain.
 */
class Version1CompatibilityTest {

    private static final TriageEngine ENGINE = new TriageEngine();
    private static final org.spinepath.triage.engine.v1.TriageEngine VERSION_1 = new org.spinepath.triage.engine.v1.TriageEngine();

    private static final ObjectMapper JSON = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The items of section 9 (and the definition of section 2) that can change a version 1 case. */
    enum Change {
        /** Item 1: a bilateral straight-leg raise raises CAUDA_EQUINA. */
        CAUDA_EQUINA_BILATERAL_STRAIGHT_LEG_RAISE(false),
        /** Item 2: a cancer history with a neurological finding or radicular pain. */
        SPINAL_METASTATIC_COMPRESSION(false),
        /** Item 3: upper motor neuron signs without pain with a cancer history; infection with a neurological finding. */
        CORD_COMPRESSION(false),
        /** Item 4: fever with back pain and long-term steroids. */
        INFECTION_RISK_FACTORS(false),
        /** Item 6: major trauma is an emergency; bone tenderness with osteoporosis, steroids or age above 70. */
        FRACTURE(false),
        /** Item 7: weight loss without a cancer history and pain worse at rest. */
        NO_HISTORY_WORSE_AT_REST(false),
        /** Item 8: the work-up pathway (cancer history, no response above 50, ESR 50, focal infiltrative). */
        SERIOUS_PATHOLOGY_WORKUP(false),
        /** Item 9: AGE_RISK only with back pain. */
        AGE_RISK_NEEDS_BACK_PAIN(true),
        /** Item 9: children under 16. */
        CHILDREN(false),
        /** Section 2: without back pain the fields describing the pain count for nothing. */
        PAIN_DESCRIPTION_WITHOUT_BACK_PAIN(true);

        private final boolean mayLowerUrgency;

        Change(boolean mayLowerUrgency) {
            this.mayLowerUrgency = mayLowerUrgency;
        }
    }

    static List<Change> changesThatApply(Case c, org.spinepath.triage.engine.v1.TriageResult before) {
        CaseFacts f = CaseFacts.of(c);
        var n = f.neurology();
        var h = f.history();
        boolean pain = f.hasBackPain();
        boolean cancer = CaseFacts.yes(h.cancerHistory());
        Sciatica sciatica = f.presentation().sciatica();
        boolean radicular = sciatica != null && sciatica != Sciatica.NONE;
        boolean neurological = f.hasNeurologicalFinding();
        boolean fragility = CaseFacts.yes(h.osteoporosis()) || CaseFacts.yes(h.longTermSteroids()) || f.ageAbove(70);
        boolean infectionBefore = before.hasFlag(org.spinepath.triage.engine.v1.Flag.INFECTION);
        List<Change> changes = new ArrayList<>();
        if (CaseFacts.yes(n.bilateralStraightLegRaise())) {
            changes.add(Change.CAUDA_EQUINA_BILATERAL_STRAIGHT_LEG_RAISE);
        }
        if (cancer && (neurological || radicular)) {
            changes.add(Change.SPINAL_METASTATIC_COMPRESSION);
        }
        if ((CaseFacts.yes(n.upperMotorNeuronSigns()) && !pain && cancer) || (neurological && (infectionBefore
                || pain && CaseFacts.yes(f.systemic().fever()) && CaseFacts.yes(h.longTermSteroids())))) {
            changes.add(Change.CORD_COMPRESSION);
        }
        if (pain && CaseFacts.yes(f.systemic().fever()) && CaseFacts.yes(h.longTermSteroids())) {
            changes.add(Change.INFECTION_RISK_FACTORS);
        }
        if (h.recentTrauma() == Trauma.MAJOR || (CaseFacts.yes(f.presentation().localizedBoneTenderness()) && fragility)) {
            changes.add(Change.FRACTURE);
        }
        if (CaseFacts.yes(f.systemic().weightLoss()) && !cancer && f.presentation().painWithRest() == PainResponse.WORSE) {
            changes.add(Change.NO_HISTORY_WORSE_AT_REST);
        }
        var t = f.treatment();
        Double esr = f.labs().esrMmPerHour();
        boolean noResponseAbove50 = f.ageAbove(50) && t.conservativeTherapyWeeks() != null && t.conservativeTherapyWeeks() >= 4
                && t.conservativeResponse() == TherapyResponse.NONE && f.imaging().discHerniation() == null
                && !SchmorlNodePathway.anySymptomatic(f);
        boolean focalBelowThreshold = before.pathway() == org.spinepath.triage.engine.v1.Pathway.SERIOUS_PATHOLOGY_REFERRAL
                && !before.hasFlag(org.spinepath.triage.engine.v1.Flag.MALIGNANCY) && !infectionBefore;
        if (pain && (cancer || noResponseAbove50 || (esr != null && esr >= 50) || focalBelowThreshold)) {
            changes.add(Change.SERIOUS_PATHOLOGY_WORKUP);
        }
        if (!pain && (f.ageBelow(20) || f.ageAbove(55))) {
            changes.add(Change.AGE_RISK_NEEDS_BACK_PAIN);
        }
        if (f.child()) {
            changes.add(Change.CHILDREN);
        }
        if (!pain && !f.presentation().equals(f.recordedPresentation())) {
            changes.add(Change.PAIN_DESCRIPTION_WITHOUT_BACK_PAIN);
        }
        return changes;
    }

    /** What the two versions must share when no change applies: everything but wording, citations and the new outputs. */
    static String essentials(Urgency urgency, List<String> flags, Object pathway, Integer line, boolean referral, Object level,
            List<String> referred, List<String> recommendations, List<String> investigations) {
        return "urgency=" + urgency + "\nflags=" + flags + "\npathway=" + pathway + " line=" + line + "\nreferral=" + referral
                + " " + level + " " + referred + "\nrecommendations=" + recommendations + "\ninvestigations=" + investigations;
    }

    static String essentials(TriageResult r) {
        return essentials(r.urgency(), r.flags().stream().map(f -> f.flag() + f.findings().toString()).toList(), r.pathway(),
                r.line(), r.referral().required(), r.referral().level(), r.referral().flags().stream().map(Enum::name).toList(),
                r.recommendations().stream().map(x -> x.id()).toList(), r.investigations().stream().map(x -> x.id()).toList());
    }

    static String essentials(org.spinepath.triage.engine.v1.TriageResult r) {
        return essentials(Urgency.valueOf(r.urgency().name()),
                r.flags().stream().map(f -> f.flag() + f.findings().toString()).toList(), r.pathway(), r.line(),
                r.referral().required(), r.referral().level(), r.referral().flags().stream().map(Enum::name).toList(),
                r.recommendations().stream().map(x -> x.id()).toList(), r.investigations().stream().map(x -> x.id()).toList());
    }

    static org.spinepath.triage.engine.v1.model.Case asVersion1(Case c) {
        return JSON.convertValue(c, org.spinepath.triage.engine.v1.model.Case.class);
    }

    @Test
    @DisplayName("a version 1 case gets the version 1 result unless section 9 names a changed rule that applies to it")
    void version1CasesKeepTheirResultExceptWhereSection9ChangedARule() {
        AtomicInteger unchanged = new AtomicInteger();
        Map<Change, AtomicInteger> seen = new EnumMap<>(Change.class);
        for (Change change : Change.values()) {
            seen.put(change, new AtomicInteger());
        }
        int tries = PropertyRunner.forAllVersion1Cases(c -> {
            org.spinepath.triage.engine.v1.TriageResult before = VERSION_1.evaluate(asVersion1(c));
            TriageResult after = ENGINE.evaluate(c);
            List<Change> changes = changesThatApply(c, before);
            if (changes.isEmpty()) {
                unchanged.incrementAndGet();
                assertEquals(essentials(before), essentials(after), "no rule that section 9 changed applies");
                return;
            }
            changes.forEach(change -> seen.get(change).incrementAndGet());
            Urgency was = Urgency.valueOf(before.urgency().name());
            if (changes.stream().noneMatch(change -> change.mayLowerUrgency)) {
                assertTrue(after.urgency().isAtLeast(was), () -> "version 2 lowered " + was + " to " + after.urgency()
                        + " under " + changes);
            }
        });
        assertTrue(unchanged.get() > tries / 10, () -> "too few unchanged cases to prove anything: " + unchanged);
        seen.forEach((change, count) -> assertTrue(count.get() > 0, () -> change + " never generated"));
    }

    @Test
    void theOracleIsVersion1() {
        assertEquals("1.0.0", org.spinepath.triage.engine.v1.TriageEngine.RULESET_VERSION);
        Case p15 = org.spinepath.triage.engine.Cases.of("{'patient':{'ageYears':30},'history':{'recentTrauma':'MAJOR'},"
                + "'presentation':{'onset':'ACUTE','durationDays':1,'painIntensity':8,'localization':'FOCAL'}}");
        assertEquals("SOON", VERSION_1.evaluate(asVersion1(p15)).urgency().name());
        assertEquals(Urgency.EMERGENCY, ENGINE.evaluate(p15).urgency());
        assertEquals(Pathway.EMERGENCY_REFERRAL, ENGINE.evaluate(p15).pathway());
        assertEquals(HerniationType.SEQUESTRATION.name(), org.spinepath.triage.engine.v1.model.HerniationType.SEQUESTRATION.name());
    }
}
