package org.spinepath.triage.engine.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.RaisedFlag;
import org.spinepath.triage.engine.RedFlagGroupScreen;
import org.spinepath.triage.engine.ReferralLevel;
import org.spinepath.triage.engine.TriageEngine;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;
import org.spinepath.triage.engine.catalogue.Citation;
import org.spinepath.triage.engine.catalogue.CitationCatalogue;
import org.spinepath.triage.engine.model.BladderDysfunction;
import org.spinepath.triage.engine.model.Case;
import org.spinepath.triage.engine.model.HerniationType;
import org.spinepath.triage.engine.model.MotorWeakness;
import org.spinepath.triage.engine.model.NightPain;
import org.spinepath.triage.engine.model.Onset;
import org.spinepath.triage.engine.model.PainRegion;
import org.spinepath.triage.engine.model.PainResponse;
import org.spinepath.triage.engine.model.Sciatica;
import org.spinepath.triage.engine.model.SensoryDeficit;
import org.spinepath.triage.engine.model.Trauma;
import org.spinepath.triage.engine.rules.CaseFacts;
import org.spinepath.triage.engine.rules.CordCompressionRule;
import org.spinepath.triage.engine.rules.Evaluation;
import org.spinepath.triage.engine.rules.RedFlagScreen;
import org.spinepath.triage.engine.rules.Ruleset;

/** The safety invariants of the engine, each over 10,000 generated cases that use every version 2 field. */
class SafetyPropertiesTest {

    private static final TriageEngine ENGINE = new TriageEngine();

    /** A red-flag finding added to a case: an unknown or absent finding becomes present. */
    record Finding(String name, UnaryOperator<Case> add) {
    }

    static Finding setTrue(String path) {
        return new Finding(path, c -> Shrinker.set(c, path, true));
    }

    /** Sets an enum finding when it is unknown or recorded as absent (NONE). */
    static Finding setEnum(String path, Enum<?> value) {
        return new Finding(path + "=" + value, c -> {
            Object current = Shrinker.get(c, path);
            return current == null || "NONE".equals(((Enum<?>) current).name()) ? Shrinker.set(c, path, value) : c;
        });
    }

    static final List<Finding> RED_FLAG_FINDINGS = List.of(
            setTrue("neurology.saddleAnesthesia"),
            setEnum("neurology.bladderDysfunction", BladderDysfunction.RETENTION),
            setEnum("neurology.bladderDysfunction", BladderDysfunction.INCONTINENCE),
            setTrue("neurology.bowelDysfunction"),
            setEnum("presentation.sciatica", Sciatica.BILATERAL),
            setEnum("presentation.sciatica", Sciatica.ALTERNATING),
            setEnum("neurology.sensoryDeficit", SensoryDeficit.BILATERAL),
            setTrue("neurology.multipleRootLevels"),
            setTrue("neurology.sacralRootsInvolved"),
            setTrue("neurology.upperMotorNeuronSigns"),
            setTrue("imaging.myelographicBlock"),
            setEnum("neurology.motorWeakness", MotorWeakness.PROGRESSIVE),
            new Finding("imaging.discHerniation.type=SEQUESTRATION",
                    c -> Shrinker.set(c, "imaging.discHerniation.type", HerniationType.SEQUESTRATION)),
            setTrue("imaging.pedicleDisappearance"),
            setTrue("imaging.boneDestruction"),
            setTrue("imaging.vertebralCollapse"),
            setTrue("imaging.kyphosis"),
            setTrue("imaging.paravertebralAbscess"),
            setTrue("history.cancerHistory"),
            setTrue("history.ivDrugUse"),
            setTrue("history.immunosuppression"),
            setTrue("history.osteoporosis"),
            setTrue("history.longTermSteroids"),
            setTrue("history.tuberculosisExposure"),
            setEnum("history.recentTrauma", Trauma.MAJOR),
            setEnum("history.recentTrauma", Trauma.MINOR),
            setTrue("presentation.progressivePain"),
            setTrue("presentation.localizedBoneTenderness"),
            setEnum("presentation.nightPain", NightPain.SEVERE),
            new Finding("presentation.painWithRest=UNCHANGED", c -> Shrinker.get(c, "presentation.painWithRest") == null
                    ? Shrinker.set(c, "presentation.painWithRest", PainResponse.UNCHANGED) : c),
            setTrue("systemic.fever"),
            setTrue("systemic.weightLoss"),
            setTrue("systemic.nightSweats"),
            new Finding("labs.esrMmPerHour=60", c -> {
                Object esr = Shrinker.get(c, "labs.esrMmPerHour");
                return esr == null || (Double) esr <= 25 ? Shrinker.set(c, "labs.esrMmPerHour", 60.0) : c;
            }),
            setTrue("labs.alkalinePhosphataseElevated"),
            setTrue("labs.serumProteinElectrophoresisPeak"),
            setTrue("labs.bloodCulturePositive"),
            setTrue("labs.psaElevated"),
            setTrue("labs.tuberculinPositive"),
            setTrue("labs.hlaB27Positive"),
            setEnum("neurology.bladderDysfunction", BladderDysfunction.ALTERED_SENSATION),
            setEnum("neurology.bladderDysfunction", BladderDysfunction.POOR_STREAM_OR_STRAINING),
            setTrue("neurology.bilateralStraightLegRaise"),
            setTrue("neurology.motorWeaknessBothLegs"),
            setTrue("neurology.rectalSensationReduced"),
            setTrue("neurology.analToneReduced"),
            setTrue("neurology.sexualDysfunction"),
            setTrue("neurology.gaitDisturbance"),
            setTrue("neurology.handClumsiness"),
            setTrue("neurology.neuroSymptomsWorsening"),
            new Finding("neurology.postVoidResidualMl=250", c -> {
                Object residual = Shrinker.get(c, "neurology.postVoidResidualMl");
                return residual == null || (Integer) residual < 200 ? Shrinker.set(c, "neurology.postVoidResidualMl", 250) : c;
            }),
            new Finding("neurology.neuroSymptomOnsetDays=3", c -> Shrinker.get(c, "neurology.neuroSymptomOnsetDays") == null
                    ? Shrinker.set(c, "neurology.neuroSymptomOnsetDays", 3) : c),
            setTrue("history.recentBacterialInfection"),
            setTrue("history.recentSpinalProcedure"),
            setTrue("history.diabetes"),
            setTrue("history.knownAorticAneurysm"),
            new Finding("presentation.painRegion=THORACIC", c -> Shrinker.get(c, "presentation.painRegion") == null
                    ? Shrinker.set(c, "presentation.painRegion", PainRegion.THORACIC) : c),
            new Finding("presentation.painWithRest=WORSE", c -> Shrinker.get(c, "presentation.painWithRest") == null
                    ? Shrinker.set(c, "presentation.painWithRest", PainResponse.WORSE) : c),
            setTrue("presentation.painWorseOnStraining"),
            setTrue("presentation.suddenSeverePain"),
            setTrue("systemic.rigors"),
            setTrue("systemic.abdominalPain"),
            setTrue("systemic.pulsatileAbdominalMass"),
            setTrue("systemic.syncopeOrHypotension"),
            setTrue("labs.crpElevated"),
            setTrue("labs.haemoglobinLow"));

    /**
     * The urgency through the same steps as {@link TriageEngine#evaluate} but without actions, cautions or the
     * screen, which never change it ({@link #theCheapUrgencyIsTheEvaluatedUrgency} proves that), so that the
     * properties below can afford tens of evaluations per generated case.
     */
    static Urgency urgency(Case c) {
        Evaluation evaluation = Ruleset.raiseFlags(c);
        Ruleset.choosePathway(evaluation);
        return evaluation.urgency();
    }

    static Set<Flag> flags(Case c) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        Ruleset.raiseFlags(c).flags().forEach(f -> flags.add(f.flag()));
        return flags;
    }

    @Test
    @DisplayName("the urgency of the cheap path is the urgency of a full evaluation")
    void theCheapUrgencyIsTheEvaluatedUrgency() {
        PropertyRunner.forAllCases(c -> {
            TriageResult result = ENGINE.evaluate(c);
            assertEquals(result.urgency(), urgency(c));
            assertEquals(result.flags().stream().map(RaisedFlag::flag).collect(Collectors.toCollection(() -> EnumSet.noneOf(Flag.class))),
                    flags(c));
        });
    }

    @Test
    @DisplayName("adding a red-flag finding never lowers urgency")
    void addingARedFlagFindingNeverLowersUrgency() {
        PropertyRunner.forAllCases(c -> {
            Urgency before = urgency(c);
            for (Finding finding : RED_FLAG_FINDINGS) {
                Urgency after = urgency(finding.add().apply(c));
                assertTrue(after.isAtLeast(before), () -> "adding " + finding.name() + " lowered " + before + " to " + after);
            }
        });
    }

    @Test
    @DisplayName("saddle anesthesia, bladder or bowel dysfunction always give EMERGENCY with CAUDA_EQUINA")
    void sphincterAndSaddleSymptomsAlwaysGiveCaudaEquinaEmergency() {
        List<Finding> caudaEquina = List.of(
                setTrue("neurology.saddleAnesthesia"),
                new Finding("bladderDysfunction=RETENTION",
                        c -> Shrinker.set(c, "neurology.bladderDysfunction", BladderDysfunction.RETENTION)),
                new Finding("bladderDysfunction=INCONTINENCE",
                        c -> Shrinker.set(c, "neurology.bladderDysfunction", BladderDysfunction.INCONTINENCE)),
                setTrue("neurology.bowelDysfunction"));
        PropertyRunner.forAllCases(c -> {
            for (Finding finding : caudaEquina) {
                TriageResult result = ENGINE.evaluate(finding.add().apply(c));
                assertEquals(Urgency.EMERGENCY, result.urgency(), finding.name());
                assertTrue(result.hasFlag(Flag.CAUDA_EQUINA), finding.name());
                assertEquals(Pathway.EMERGENCY_REFERRAL, result.pathway(), finding.name());
                assertTrue(result.referral().required(), finding.name());
            }
        });
    }

    /** A version 2 emergency finding, set whatever the case held, and the flag it must raise. */
    record Emergency(String name, UnaryOperator<Case> set, Flag flag) {
    }

    static final List<Emergency> VERSION_2_EMERGENCIES = List.of(
            new Emergency("bladderDysfunction=ALTERED_SENSATION",
                    c -> Shrinker.set(c, "neurology.bladderDysfunction", BladderDysfunction.ALTERED_SENSATION), Flag.CAUDA_EQUINA),
            new Emergency("bladderDysfunction=POOR_STREAM_OR_STRAINING",
                    c -> Shrinker.set(c, "neurology.bladderDysfunction", BladderDysfunction.POOR_STREAM_OR_STRAINING), Flag.CAUDA_EQUINA),
            new Emergency("rectalSensationReduced", c -> Shrinker.set(c, "neurology.rectalSensationReduced", true), Flag.CAUDA_EQUINA),
            new Emergency("analToneReduced", c -> Shrinker.set(c, "neurology.analToneReduced", true), Flag.CAUDA_EQUINA),
            new Emergency("sexualDysfunction", c -> Shrinker.set(c, "neurology.sexualDysfunction", true), Flag.CAUDA_EQUINA),
            new Emergency("motorWeaknessBothLegs", c -> Shrinker.set(c, "neurology.motorWeaknessBothLegs", true), Flag.CAUDA_EQUINA),
            new Emergency("bilateralStraightLegRaise", c -> Shrinker.set(c, "neurology.bilateralStraightLegRaise", true), Flag.CAUDA_EQUINA),
            new Emergency("postVoidResidualMl=200", c -> Shrinker.set(c, "neurology.postVoidResidualMl", 200), Flag.CAUDA_EQUINA),
            new Emergency("new upperMotorNeuronSigns", c -> Shrinker.set(Shrinker.set(c, "neurology.upperMotorNeuronSigns", true),
                    "neurology.neuroSymptomOnsetDays", 2), Flag.CORD_COMPRESSION),
            new Emergency("new handClumsiness with gaitDisturbance", c -> Shrinker.set(Shrinker.set(Shrinker.set(c,
                    "neurology.handClumsiness", true), "neurology.gaitDisturbance", true), "neurology.neuroSymptomsWorsening", true),
                    Flag.CORD_COMPRESSION),
            new Emergency("worsening reflexChanges", c -> Shrinker.set(Shrinker.set(c, "neurology.reflexChanges", true),
                    "neurology.neuroSymptomsWorsening", true), Flag.PROGRESSIVE_NEURO_DEFICIT),
            new Emergency("cancerHistory with sensoryDeficit=UNILATERAL", c -> Shrinker.set(Shrinker.set(c, "history.cancerHistory", true),
                    "neurology.sensoryDeficit", SensoryDeficit.UNILATERAL), Flag.SPINAL_METASTATIC_COMPRESSION),
            new Emergency("cancerHistory with sciatica=UNILATERAL", c -> Shrinker.set(Shrinker.set(c, "history.cancerHistory", true),
                    "presentation.sciatica", Sciatica.UNILATERAL), Flag.SPINAL_METASTATIC_COMPRESSION),
            new Emergency("abdominalPain with pulsatileAbdominalMass", c -> Shrinker.set(Shrinker.set(c, "systemic.abdominalPain", true),
                    "systemic.pulsatileAbdominalMass", true), Flag.VASCULAR_EMERGENCY),
            new Emergency("abdominalPain with syncopeOrHypotension", c -> Shrinker.set(Shrinker.set(c, "systemic.abdominalPain", true),
                    "systemic.syncopeOrHypotension", true), Flag.VASCULAR_EMERGENCY),
            new Emergency("knownAorticAneurysm with abdominalPain of ACUTE onset", c -> Shrinker.set(Shrinker.set(Shrinker.set(c,
                    "history.knownAorticAneurysm", true), "systemic.abdominalPain", true), "presentation.onset", Onset.ACUTE),
                    Flag.VASCULAR_EMERGENCY),
            new Emergency("fever, IV drug use and motorWeakness=STABLE", c -> Shrinker.set(Shrinker.set(Shrinker.set(c,
                    "systemic.fever", true), "history.ivDrugUse", true), "neurology.motorWeakness", MotorWeakness.STABLE),
                    Flag.CORD_COMPRESSION));

    @Test
    @DisplayName("each version 2 emergency finding gives EMERGENCY, its flag and an IMMEDIATE referral")
    void eachVersion2EmergencyFindingGivesEmergencyAndAnImmediateReferral() {
        PropertyRunner.forAllCases(c -> {
            for (Emergency emergency : VERSION_2_EMERGENCIES) {
                TriageResult result = ENGINE.evaluate(emergency.set().apply(c));
                assertEquals(Urgency.EMERGENCY, result.urgency(), emergency.name());
                assertTrue(result.hasFlag(emergency.flag()), emergency.name());
                assertEquals(Pathway.EMERGENCY_REFERRAL, result.pathway(), emergency.name());
                assertEquals(ReferralLevel.IMMEDIATE, result.referral().level(), emergency.name());
                assertTrue(result.referral().flags().contains(emergency.flag()), emergency.name());
            }
        });
    }

    @Test
    @DisplayName("major trauma gives EMERGENCY and EMERGENCY_REFERRAL, and FRACTURE never sets a referral")
    void majorTraumaIsAnEmergencyWithoutAReferralOfItsOwn() {
        PropertyRunner.forAllCases(c -> {
            TriageResult result = ENGINE.evaluate(Shrinker.set(c, "history.recentTrauma", Trauma.MAJOR));
            assertEquals(Urgency.EMERGENCY, result.urgency());
            assertEquals(Pathway.EMERGENCY_REFERRAL, result.pathway());
            assertFalse(result.referral().flags().contains(Flag.FRACTURE));
            boolean routed = result.flags().stream().anyMatch(f -> f.flag().referralLevel() != null);
            assertEquals(routed, result.referral().required());
        });
    }

    @Test
    @DisplayName("an unanswered red-flag question set to its positive value never lowers urgency, and the screen says when it would change the result")
    void unansweredQuestionsNeverLowerUrgencyAndTheScreenMatchesReEvaluation() {
        PropertyRunner.forAllCases(c -> {
            TriageResult result = ENGINE.evaluate(c);
            Set<Flag> flags = flags(c);
            for (RedFlagGroupScreen group : result.redFlagScreen()) {
                List<String> unanswered = new ArrayList<>();
                List<String> wouldChange = new ArrayList<>();
                for (RedFlagScreen.Question question : RedFlagScreen.QUESTIONS) {
                    if (question.group() != group.group() || Shrinker.get(c, question.section() + "." + question.name()) != null) {
                        continue;
                    }
                    unanswered.add(question.name());
                    Case base = c.presentation() == null && question.section().equals("presentation")
                            ? Shrinker.set(c, "presentation.painIntensity", 0) : c;
                    Case positive = Shrinker.set(base, question.section() + "." + question.name(), question.positive());
                    Urgency after = urgency(positive);
                    assertTrue(after.isAtLeast(result.urgency()),
                            () -> question.name() + " answered yes lowered " + result.urgency() + " to " + after);
                    if (after.isMoreSevereThan(result.urgency()) || !flags.containsAll(flags(positive))) {
                        wouldChange.add(question.name());
                    }
                }
                assertEquals(unanswered, group.unanswered(), group.group().name());
                assertEquals(wouldChange, group.wouldChangeResult(), group.group().name());
                assertEquals(unanswered.isEmpty(), group.answered(), group.group().name());
            }
            boolean anyUnanswered = result.redFlagScreen().stream().anyMatch(g -> !g.answered());
            assertEquals(anyUnanswered, result.cautions().stream().anyMatch(x -> x.id().equals("caution.red-flag-questions-not-asked")));
        });
    }

    @Test
    @DisplayName("urgency is the most severe of the flags, the pathway and SOON for a child with back pain")
    void urgencyIsTheMostSevereOfFlagsAndPathway() {
        PropertyRunner.forAllCases(c -> {
            TriageResult result = ENGINE.evaluate(c);
            Urgency expected = pathwayUrgency(result);
            for (RaisedFlag flag : result.flags()) {
                expected = Urgency.mostSevere(expected, flagUrgency(flag));
            }
            Integer age = c.patient() == null ? null : c.patient().ageYears();
            boolean backPain = c.presentation() != null
                    && (c.presentation().painIntensity() == null || c.presentation().painIntensity() > 0);
            if (age != null && age < 16 && backPain) {
                expected = Urgency.mostSevere(expected, Urgency.SOON);
            }
            expected = Urgency.mostSevere(expected, urgencyWithFlaglessCordAnswersUnknown(c));
            assertEquals(expected, result.urgency());
            boolean referred = result.flags().stream().anyMatch(f -> f.flag().referralLevel() != null);
            assertEquals(referred, result.referral().required(), "referral follows the routed flags only");
        });
    }

    /**
     * The urgency of the case with its upper motor neuron signs, clumsy hands and disturbed gait unknown when
     * they raise no flag (SELF_CARE when it has none): a yes never gives less than an unanswered question.
     */
    static Urgency urgencyWithFlaglessCordAnswersUnknown(Case c) {
        CaseFacts f = CaseFacts.of(c);
        boolean signs = Boolean.TRUE.equals(f.neurology().upperMotorNeuronSigns()) && !CordCompressionRule.upperMotorNeuronSignsRaise(f);
        boolean pattern = (Boolean.TRUE.equals(f.neurology().gaitDisturbance()) || Boolean.TRUE.equals(f.neurology().handClumsiness()))
                && !CordCompressionRule.myelopathyPatternRaises(f);
        Case unknown = c;
        if (signs) {
            unknown = Shrinker.set(unknown, "neurology.upperMotorNeuronSigns", null);
        }
        if (pattern) {
            unknown = Shrinker.set(Shrinker.set(unknown, "neurology.gaitDisturbance", null), "neurology.handClumsiness", null);
        }
        return signs || pattern ? urgency(unknown) : Urgency.SELF_CARE;
    }

    /** FRACTURE is EMERGENCY after major trauma (its only finding then), SOON otherwise; every other flag has its own. */
    static Urgency flagUrgency(RaisedFlag flag) {
        if (flag.flag() == Flag.FRACTURE && flag.findings().contains("recentTrauma=MAJOR")) {
            return Urgency.EMERGENCY;
        }
        return flag.flag().urgency();
    }

    /** The urgency of each pathway and line, as pathways.md section 6 states it. */
    static Urgency pathwayUrgency(TriageResult result) {
        if (result.pathway() == null) {
            return Urgency.SELF_CARE;
        }
        return switch (result.pathway()) {
            case EMERGENCY_REFERRAL -> Urgency.EMERGENCY;
            case SERIOUS_PATHOLOGY_REFERRAL -> Urgency.URGENT;
            case SERIOUS_PATHOLOGY_WORKUP -> Urgency.SOON;
            case DISC_HERNIATION -> result.line() == 3 ? Urgency.SOON : Urgency.ROUTINE;
            case SCHMORL_INCIDENTAL -> Urgency.SELF_CARE;
            case SCHMORL_SYMPTOMATIC -> result.line() == 1 ? Urgency.ROUTINE : Urgency.SOON;
            case INFLAMMATORY_BACK_PAIN -> Urgency.SOON;
            case MECHANICAL_BACK_PAIN, SOFT_TISSUE_PAIN -> Urgency.ROUTINE;
        };
    }

    @Test
    @DisplayName("every recommendation, caution, investigation and flag has at least one citation")
    void everythingEmittedIsCited() {
        PropertyRunner.forAllCases(c -> {
            TriageResult result = ENGINE.evaluate(c);
            assertFalse(result.recommendations().isEmpty(), "a result always says what to do");
            result.recommendations().forEach(r -> assertFalse(r.citations().isEmpty(), r.id()));
            result.cautions().forEach(r -> assertFalse(r.citations().isEmpty(), r.id()));
            result.investigations().forEach(r -> assertFalse(r.citations().isEmpty(), r.id()));
            result.flags().forEach(f -> {
                assertFalse(f.citations().isEmpty(), f.flag().name());
                assertFalse(f.findings().isEmpty(), f.flag() + " lists the findings that raised it");
            });
        });
    }

    @Test
    @DisplayName("every citation emitted exists in the catalogue, under the rule id that emitted it")
    void everyCitationIsInTheCatalogue() {
        CitationCatalogue catalogue = ENGINE.catalogue();
        PropertyRunner.forAllCases(c -> {
            TriageResult result = ENGINE.evaluate(c);
            result.recommendations().forEach(r -> assertEquals(catalogue.citationsByRule().get(r.id()), r.citations(), r.id()));
            result.cautions().forEach(r -> assertEquals(catalogue.citationsByRule().get(r.id()), r.citations(), r.id()));
            result.investigations().forEach(r -> assertEquals(catalogue.citationsByRule().get(r.id()), r.citations(), r.id()));
            result.flags().forEach(f -> assertEquals(catalogue.citationsByRule().get("flag." + f.flag()), f.citations()));
            result.differential().possibleDiseases().forEach(l -> {
                for (Citation citation : l.citations()) {
                    assertTrue(catalogue.contains(citation), citation::toString);
                }
            });
        });
    }

    @Test
    @DisplayName("evaluation never throws on any mix of present, absent and unknown fields")
    void evaluationNeverThrows() {
        PropertyRunner.forAllCases(c -> {
            TriageResult result = ENGINE.evaluate(c);
            assertNotNull(result.urgency());
            assertNotNull(result.referral());
            assertNotNull(result.differential());
            assertEquals(TriageEngine.RULESET_VERSION, result.rulesetVersion());
            assertNotNull(result.disclaimer());
        });
    }
}
