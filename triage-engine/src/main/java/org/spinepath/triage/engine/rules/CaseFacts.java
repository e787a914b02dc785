package org.spinepath.triage.engine.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.spinepath.triage.engine.model.BladderDysfunction;
import org.spinepath.triage.engine.model.Case;
import org.spinepath.triage.engine.model.History;
import org.spinepath.triage.engine.model.Imaging;
import org.spinepath.triage.engine.model.Labs;
import org.spinepath.triage.engine.model.MotorWeakness;
import org.spinepath.triage.engine.model.Neurology;
import org.spinepath.triage.engine.model.Patient;
import org.spinepath.triage.engine.model.Presentation;
import org.spinepath.triage.engine.model.SchmorlNode;
import org.spinepath.triage.engine.model.SensoryDeficit;
import org.spinepath.triage.engine.model.Systemic;
import org.spinepath.triage.engine.model.TreatmentHistory;

/**
 * Null-safe view of a case: a missing section reads as a section whose every field is unknown, so
 * rules can ask {@code yes(neurology().saddleAnesthesia())} without a null check. Unknown stays
 * distinct from no: {@link #yes(Boolean)} and {@link #no(Boolean)} are both false for null.
 */
public final class CaseFacts {

    private static final Patient NO_PATIENT = new Patient(null, null, null, null);
    private static final History NO_HISTORY = new History(null, null, null, null, null, null, null, null, null, null, null,
            null);
    private static final Presentation NO_PRESENTATION = new Presentation(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    private static final Neurology NO_NEUROLOGY = new Neurology(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null);
    private static final Systemic NO_SYSTEMIC = new Systemic(null, null, null, null, null, null, null);
    private static final Imaging NO_IMAGING = new Imaging(null, null, null, null, null, null, null, null);
    private static final Labs NO_LABS = new Labs(null, null, null, null, null, null, null, null, null, null);

    /** pathways.md section 2: a post-void residual of 200 ml or more is a neurological finding. */
    public static final int POST_VOID_RESIDUAL_FROM_ML = 200;
    /** pathways.md section 2: neurological findings are new up to 14 days after the first symptom. */
    public static final int NEW_UP_TO_DAYS = 14;
    /** pathways.md section 4: the rules for children apply below this age. */
    public static final int CHILD_BELOW_YEARS = 16;
    private static final TreatmentHistory NO_TREATMENT = new TreatmentHistory(null, null, null, null);

    private final Case source;
    private final Patient patient;
    private final History history;
    private final Presentation presentation;
    private final Presentation recordedPresentation;
    private final Neurology neurology;
    private final Systemic systemic;
    private final Imaging imaging;
    private final Labs labs;
    private final TreatmentHistory treatment;
    private final List<SchmorlNode> schmorlNodes;
    private final boolean asymptomatic;
    private List<String> neurologicalFindings;

    private CaseFacts(Case c) {
        this(c, null);
    }

    /** {@code nodes}: the Schmorl's nodes of a case with the same imaging, or null to read them from this case. */
    private CaseFacts(Case c, List<SchmorlNode> nodes) {
        this.source = c;
        this.patient = c.patient() == null ? NO_PATIENT : c.patient();
        this.history = c.history() == null ? NO_HISTORY : c.history();
        this.recordedPresentation = c.presentation() == null ? NO_PRESENTATION : c.presentation();
        this.neurology = c.neurology() == null ? NO_NEUROLOGY : c.neurology();
        this.systemic = c.systemic() == null ? NO_SYSTEMIC : c.systemic();
        this.imaging = c.imaging() == null ? NO_IMAGING : c.imaging();
        this.labs = c.labs() == null ? NO_LABS : c.labs();
        this.treatment = c.treatmentHistory() == null ? NO_TREATMENT : c.treatmentHistory();
        this.schmorlNodes = nodes != null ? nodes : nonNullNodes(imaging.schmorlNodes());
        // pathways.md section 2: "painIntensity 0 or absent presentation" is asymptomatic. A recorded
        // presentation whose intensity is unknown is a case with pain of unknown intensity.
        Integer intensity = recordedPresentation.painIntensity();
        this.asymptomatic = c.presentation() == null || (intensity != null && intensity <= 0);
        this.presentation = asymptomatic ? withoutPainDescription(recordedPresentation) : recordedPresentation;
    }

    /**
     * pathways.md section 2: the fields that describe the pain count only when there is back pain, while
     * sciatica, bone tenderness, limited mobility and muscle spasm are findings of their own.
     */
    private static Presentation withoutPainDescription(Presentation p) {
        return new Presentation(null, null, null, null, p.painIntensity(), null, null, null, null, null, p.sciatica(),
                p.lumbarMobilityLimitedAllDirections(), p.localizedBoneTenderness(), p.muscleSpasm(), null, null, null,
                null);
    }

    public static CaseFacts of(Case c) {
        return new CaseFacts(c);
    }

    /** The facts of a case that differs from this one's outside its imaging only (the red-flag screen's variants). */
    CaseFacts sameImaging(Case c) {
        if (c.imaging() != source.imaging()) {
            throw new IllegalArgumentException("the imaging differs");
        }
        return new CaseFacts(c, schmorlNodes);
    }

    private static List<SchmorlNode> nonNullNodes(List<SchmorlNode> nodes) {
        if (nodes == null || nodes.isEmpty()) {
            return List.of();
        }
        if (!nodes.contains(null)) {
            return Collections.unmodifiableList(nodes);
        }
        List<SchmorlNode> present = new ArrayList<>(nodes.size());
        for (SchmorlNode node : nodes) {
            if (node != null) {
                present.add(node);
            }
        }
        return present;
    }

    public Case source() {
        return source;
    }

    public Patient patient() {
        return patient;
    }

    public History history() {
        return history;
    }

    /** The presentation as the rules read it: without back pain, the fields describing the pain are unknown. */
    public Presentation presentation() {
        return presentation;
    }

    /** The presentation as recorded, for the one rule that reads the pain's onset without back pain (vascular). */
    public Presentation recordedPresentation() {
        return recordedPresentation;
    }

    public Neurology neurology() {
        return neurology;
    }

    public Systemic systemic() {
        return systemic;
    }

    public Imaging imaging() {
        return imaging;
    }

    public Labs labs() {
        return labs;
    }

    public TreatmentHistory treatment() {
        return treatment;
    }

    /** The Schmorl's nodes on imaging, never null, without null elements. */
    public List<SchmorlNode> schmorlNodes() {
        return schmorlNodes;
    }

    /** No back pain at all: painIntensity 0, or no presentation recorded. */
    public boolean asymptomatic() {
        return asymptomatic;
    }

    public boolean hasBackPain() {
        return !asymptomatic;
    }

    /** A patient under 16, for whom the adult guidance behind these rules does not speak. */
    public boolean child() {
        return ageBelow(CHILD_BELOW_YEARS);
    }

    /** Known and true: the cancer history of pathways.md section 2 (any cancer but non-melanoma skin cancer). */
    public boolean cancerHistory() {
        return yes(history.cancerHistory());
    }

    /**
     * The neurological findings of pathways.md section 2, named after their fields, in field order; empty when
     * there is none. Sciatica is not one of them.
     */
    public List<String> neurologicalFindings() {
        if (neurologicalFindings == null) {
            neurologicalFindings = collectNeurologicalFindings();
        }
        return neurologicalFindings;
    }

    private List<String> collectNeurologicalFindings() {
        Neurology n = neurology;
        List<String> found = null;
        if (n.motorWeakness() == MotorWeakness.STABLE || n.motorWeakness() == MotorWeakness.PROGRESSIVE) {
            found = FlagRule.add(found, "motorWeakness=" + n.motorWeakness());
        }
        if (yes(n.motorWeaknessBothLegs())) {
            found = FlagRule.add(found, "motorWeaknessBothLegs");
        }
        if (n.sensoryDeficit() == SensoryDeficit.UNILATERAL || n.sensoryDeficit() == SensoryDeficit.BILATERAL) {
            found = FlagRule.add(found, "sensoryDeficit=" + n.sensoryDeficit());
        }
        if (yes(n.reflexChanges())) {
            found = FlagRule.add(found, "reflexChanges");
        }
        if (yes(n.upperMotorNeuronSigns())) {
            found = FlagRule.add(found, "upperMotorNeuronSigns");
        }
        if (n.bladderDysfunction() != null && n.bladderDysfunction() != BladderDysfunction.NONE) {
            found = FlagRule.add(found, "bladderDysfunction=" + n.bladderDysfunction());
        }
        if (yes(n.bowelDysfunction())) {
            found = FlagRule.add(found, "bowelDysfunction");
        }
        if (yes(n.saddleAnesthesia())) {
            found = FlagRule.add(found, "saddleAnesthesia");
        }
        if (yes(n.rectalSensationReduced())) {
            found = FlagRule.add(found, "rectalSensationReduced");
        }
        if (yes(n.analToneReduced())) {
            found = FlagRule.add(found, "analToneReduced");
        }
        if (yes(n.sexualDysfunction())) {
            found = FlagRule.add(found, "sexualDysfunction");
        }
        if (yes(n.gaitDisturbance())) {
            found = FlagRule.add(found, "gaitDisturbance");
        }
        if (yes(n.handClumsiness())) {
            found = FlagRule.add(found, "handClumsiness");
        }
        if (yes(n.multipleRootLevels())) {
            found = FlagRule.add(found, "multipleRootLevels");
        }
        if (yes(n.sacralRootsInvolved())) {
            found = FlagRule.add(found, "sacralRootsInvolved");
        }
        if (yes(n.bilateralStraightLegRaise())) {
            found = FlagRule.add(found, "bilateralStraightLegRaise");
        }
        if (postVoidResidualRaised()) {
            found = FlagRule.add(found, postVoidResidualFinding());
        }
        return FlagRule.orEmpty(found);
    }

    /** The same test as a non-empty {@link #neurologicalFindings()}, without naming the findings. */
    public boolean hasNeurologicalFinding() {
        Neurology n = neurology;
        return n.motorWeakness() == MotorWeakness.STABLE || n.motorWeakness() == MotorWeakness.PROGRESSIVE
                || yes(n.motorWeaknessBothLegs())
                || n.sensoryDeficit() == SensoryDeficit.UNILATERAL || n.sensoryDeficit() == SensoryDeficit.BILATERAL
                || yes(n.reflexChanges()) || yes(n.upperMotorNeuronSigns())
                || (n.bladderDysfunction() != null && n.bladderDysfunction() != BladderDysfunction.NONE)
                || yes(n.bowelDysfunction()) || yes(n.saddleAnesthesia()) || yes(n.rectalSensationReduced())
                || yes(n.analToneReduced()) || yes(n.sexualDysfunction()) || yes(n.gaitDisturbance())
                || yes(n.handClumsiness()) || yes(n.multipleRootLevels()) || yes(n.sacralRootsInvolved())
                || yes(n.bilateralStraightLegRaise()) || postVoidResidualRaised();
    }

    /** A post-void residual of 200 ml or more. */
    public boolean postVoidResidualRaised() {
        Integer residual = neurology.postVoidResidualMl();
        return residual != null && residual >= POST_VOID_RESIDUAL_FROM_ML;
    }

    public String postVoidResidualFinding() {
        return "postVoidResidualMl=" + neurology.postVoidResidualMl() + " (>=" + POST_VOID_RESIDUAL_FROM_ML + ")";
    }

    /** pathways.md section 2: new when the first symptom is 14 days old or less, or the symptoms are worsening. */
    public boolean neurologyNew() {
        Integer days = neurology.neuroSymptomOnsetDays();
        return (days != null && days <= NEW_UP_TO_DAYS) || yes(neurology.neuroSymptomsWorsening());
    }

    /** pathways.md section 2: known to be old when older than 14 days and known not to be worsening. */
    public boolean neurologyKnownOld() {
        Integer days = neurology.neuroSymptomOnsetDays();
        return days != null && days > NEW_UP_TO_DAYS && no(neurology.neuroSymptomsWorsening());
    }

    /** How long the neurological symptoms have lasted and whether they are worsening, as far as known. */
    public List<String> neurologyTimeline() {
        List<String> timeline = null;
        if (neurology.neuroSymptomOnsetDays() != null) {
            timeline = FlagRule.add(timeline, "neuroSymptomOnsetDays=" + neurology.neuroSymptomOnsetDays());
        }
        if (neurology.neuroSymptomsWorsening() != null) {
            timeline = FlagRule.add(timeline, "neuroSymptomsWorsening=" + neurology.neuroSymptomsWorsening());
        }
        return FlagRule.orEmpty(timeline);
    }

    /** Age in years, or null when unknown. */
    public Integer age() {
        return patient.ageYears();
    }

    public boolean ageAbove(int years) {
        return patient.ageYears() != null && patient.ageYears() > years;
    }

    public boolean ageBelow(int years) {
        return patient.ageYears() != null && patient.ageYears() < years;
    }

    /** ESR above 25 mm/h (the screening threshold of pathways.md section 4). */
    public boolean esrRaised() {
        Double esr = labs.esrMmPerHour();
        return esr != null && esr > ElevatedEsrRule.THRESHOLD_MM_PER_HOUR;
    }

    public String esrFinding() {
        return "esrMmPerHour=" + number(labs.esrMmPerHour()) + " (>" + number(ElevatedEsrRule.THRESHOLD_MM_PER_HOUR) + ")";
    }

    public String ageFinding(String comparison) {
        return "ageYears=" + patient.ageYears() + " (" + comparison + ")";
    }

    /** Known and true. */
    public static boolean yes(Boolean value) {
        return value != null && value;
    }

    /** Known and false. */
    public static boolean no(Boolean value) {
        return value != null && !value;
    }

    /** A number as a clinician writes it: 62 rather than 62.0. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
