package org.spinepath.triage.engine.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.RaisedFlag;
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
import org.spinepath.triage.engine.model.PainResponse;
import org.spinepath.triage.engine.model.Sciatica;
import org.spinepath.triage.engine.model.SensoryDeficit;
import org.spinepath.triage.engine.model.Trauma;

/** The safety invariants of the engine, each over 10,000 generated cases. */
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
            setTrue("labs.hlaB27Positive"));

    @Test
    @DisplayName("adding a red-flag finding never lowers urgency")
    void addingARedFlagFindingNeverLowersUrgency() {
        PropertyRunner.forAllCases(c -> {
            Urgency before = ENGINE.evaluate(c).urgency();
            for (Finding finding : RED_FLAG_FINDINGS) {
                Urgency after = ENGINE.evaluate(finding.add().apply(c)).urgency();
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
            assertEquals(expected, result.urgency());
            boolean referred = result.flags().stream().anyMatch(f -> f.flag().referralLevel() != null);
            assertEquals(referred, result.referral().required(), "referral follows the routed flags only");
        });
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
