package org.spinepath.portal.form;

import static org.spinepath.portal.form.Question.Kind.CHOICE;
import static org.spinepath.portal.form.Question.Kind.DECIMAL;
import static org.spinepath.portal.form.Question.Kind.TEXT;
import static org.spinepath.portal.form.Question.Kind.WHOLE_NUMBER;
import static org.spinepath.portal.form.Question.Kind.YES_NO;

import java.util.ArrayList;
import java.util.List;

/**
 * The new-case form: every input of pathways.md section 2 (version 2), grouped as a clinician
 * takes a history. Red-flag questions carry their group of section 3's table, so the form can show
 * which groups are fully answered.
 */
public final class CaseQuestions {

    public record Section(String id, String title, String description, List<Question> questions) {
    }

    public static final String CAUDA_EQUINA = "CAUDA_EQUINA";
    public static final String CORD_COMPRESSION = "CORD_COMPRESSION";
    public static final String CANCER = "CANCER";
    public static final String INFECTION = "INFECTION";
    public static final String FRACTURE = "FRACTURE";
    public static final String VASCULAR = "VASCULAR";

    /** Red-flag groups in the order of section 3, with the names the result's redFlagScreen uses. */
    public static final List<String> RED_FLAG_GROUPS = List.of(CAUDA_EQUINA, CORD_COMPRESSION, CANCER, INFECTION,
            FRACTURE, VASCULAR);

    private static final List<String> RESPONSE = List.of("BETTER", "WORSE", "UNCHANGED");
    private static final List<String> THERAPY = List.of("NONE", "PARTIAL", "RESOLVED");

    public static final List<Section> SECTIONS = List.of(
            new Section("patient", "Patient", null, List.of(
                    q("patient.ageYears", WHOLE_NUMBER, "Age in years", "Required. 0 to 120."),
                    choice("patient.sex", "Sex", List.of("FEMALE", "MALE", "OTHER", "UNKNOWN")),
                    q("patient.weightKg", DECIMAL, "Weight in kg", null),
                    q("patient.heightCm", DECIMAL, "Height in cm", null))),
            new Section("presentation", "Presentation", null, List.of(
                    q("presentation.painIntensity", WHOLE_NUMBER, "Pain intensity", "0 (no pain) to 10."),
                    choice("presentation.painRegion", "Region of the spinal pain", List.of("LUMBAR", "THORACIC", "CERVICAL", "MULTIPLE")),
                    choice("presentation.onset", "Onset", List.of("ACUTE", "SUBACUTE", "GRADUAL")),
                    q("presentation.durationDays", WHOLE_NUMBER, "Duration in days", null),
                    choice("presentation.localization", "Localisation", List.of("FOCAL", "DIFFUSE")),
                    choice("presentation.symmetry", "Symmetry", List.of("UNILATERAL", "BILATERAL", "GENERALIZED", "MIDLINE")),
                    q("presentation.morningStiffnessMinutes", WHOLE_NUMBER, "Morning stiffness in minutes", null),
                    flagChoice("presentation.painWithRest", "Pain with rest", RESPONSE, CANCER),
                    choice("presentation.painWithActivity", "Pain with activity", RESPONSE),
                    flagChoice("presentation.nightPain", "Night pain", List.of("NONE", "POSITIONAL", "MODERATE", "SEVERE"), CANCER),
                    yesNo("presentation.progressivePain", "Progressive pain"),
                    flagChoice("presentation.sciatica", "Sciatica (leg pain)", List.of("NONE", "UNILATERAL", "BILATERAL", "ALTERNATING"), CAUDA_EQUINA),
                    yesNo("presentation.lumbarMobilityLimitedAllDirections", "Lumbar mobility limited in all directions"),
                    yesNo("presentation.localizedBoneTenderness", "Localised bone tenderness"),
                    yesNo("presentation.muscleSpasm", "Muscle spasm"),
                    yesNo("presentation.disablingPain", "Disabling pain"),
                    yesNo("presentation.painWorseOnStraining", "Pain worse on coughing, sneezing or straining at stool"),
                    yesNo("presentation.suddenSeverePain", "Sudden severe pain"))),
            new Section("neurology", "Neurology",
                    "Bladder, bowel and sexual symptoms: recent ones not explained by known urological, gynaecological or bowel disease.",
                    List.of(
                            flag("neurology.saddleAnesthesia", "Saddle anaesthesia", CAUDA_EQUINA),
                            flagChoice("neurology.bladderDysfunction", "Bladder dysfunction",
                                    List.of("NONE", "ALTERED_SENSATION", "POOR_STREAM_OR_STRAINING", "RETENTION", "INCONTINENCE"), CAUDA_EQUINA),
                            flag("neurology.bowelDysfunction", "Bowel dysfunction", CAUDA_EQUINA),
                            flag("neurology.sexualDysfunction", "New loss of genital sensation, erection or ejaculation", CAUDA_EQUINA),
                            flag("neurology.motorWeaknessBothLegs", "Weakness in both legs", CAUDA_EQUINA),
                            flagChoice("neurology.sensoryDeficit", "Sensory deficit", List.of("NONE", "UNILATERAL", "BILATERAL"), CAUDA_EQUINA),
                            flagChoice("neurology.motorWeakness", "Motor weakness", List.of("NONE", "STABLE", "PROGRESSIVE"), CORD_COMPRESSION),
                            flag("neurology.upperMotorNeuronSigns", "Upper motor neuron signs", CORD_COMPRESSION),
                            flag("neurology.gaitDisturbance", "New difficulty walking not explained by pain", CORD_COMPRESSION),
                            flag("neurology.handClumsiness", "Hand clumsiness", CORD_COMPRESSION),
                            new Question("neurology.neuroSymptomOnsetDays", WHOLE_NUMBER, "Days since the first neurological symptom", null, List.of(), CORD_COMPRESSION),
                            flag("neurology.neuroSymptomsWorsening", "Neurological symptoms getting worse", CORD_COMPRESSION),
                            yesNo("neurology.rectalSensationReduced", "Reduced rectal sensation"),
                            yesNo("neurology.analToneReduced", "Reduced anal tone"),
                            q("neurology.postVoidResidualMl", WHOLE_NUMBER, "Post-void residual in ml", "Bladder scan, 0 to 5000."),
                            yesNo("neurology.reflexChanges", "Reflex changes"),
                            yesNo("neurology.bilateralStraightLegRaise", "Bilateral straight leg raise positive"),
                            yesNo("neurology.multipleRootLevels", "Several root levels involved"),
                            yesNo("neurology.sacralRootsInvolved", "Sacral roots involved"))),
            new Section("systemic", "Systemic", null, List.of(
                    flag("systemic.fever", "Fever", INFECTION),
                    flag("systemic.weightLoss", "Unexplained weight loss", CANCER),
                    yesNo("systemic.nightSweats", "Night sweats"),
                    yesNo("systemic.rigors", "Rigors"),
                    flag("systemic.abdominalPain", "Abdominal pain", VASCULAR),
                    yesNo("systemic.pulsatileAbdominalMass", "Pulsatile abdominal mass"),
                    flag("systemic.syncopeOrHypotension", "Syncope or hypotension", VASCULAR))),
            new Section("history", "History", null, List.of(
                    flag("history.cancerHistory", "History of cancer", CANCER),
                    q("history.cancerType", TEXT, "Type of cancer", null),
                    flag("history.ivDrugUse", "Intravenous drug use", INFECTION),
                    flag("history.immunosuppression", "Immunosuppression", INFECTION),
                    flag("history.recentBacterialInfection", "Bacterial infection in the last three months", INFECTION),
                    flag("history.recentSpinalProcedure", "Spinal surgery or injection in the last three months", INFECTION),
                    flagChoice("history.recentTrauma", "Recent trauma", List.of("NONE", "MINOR", "MAJOR"), FRACTURE),
                    flag("history.osteoporosis", "Osteoporosis", FRACTURE),
                    flag("history.longTermSteroids", "Long-term steroids", FRACTURE),
                    flag("history.knownAorticAneurysm", "Known aortic aneurysm", VASCULAR),
                    yesNo("history.diabetes", "Diabetes"),
                    yesNo("history.tuberculosisExposure", "Tuberculosis exposure"))),
            new Section("labs", "Laboratory results", null, List.of(
                    q("labs.esrMmPerHour", DECIMAL, "ESR in mm/h", null),
                    yesNo("labs.crpElevated", "CRP above the reference range"),
                    yesNo("labs.haemoglobinLow", "Haemoglobin low"),
                    yesNo("labs.alkalinePhosphataseElevated", "Alkaline phosphatase elevated"),
                    yesNo("labs.serumProteinElectrophoresisPeak", "Peak on serum protein electrophoresis"),
                    yesNo("labs.bloodCulturePositive", "Blood culture positive"),
                    yesNo("labs.psaElevated", "PSA elevated"),
                    yesNo("labs.hlaB27Positive", "HLA-B27 positive"),
                    yesNo("labs.urineAbnormal", "Urine abnormal"),
                    yesNo("labs.tuberculinPositive", "Tuberculin test positive"))),
            new Section("imaging", "Imaging", null, List.of(
                    q("imaging.discHerniation.level", TEXT, "Disc herniation: level", "For example L4-L5."),
                    choice("imaging.discHerniation.type", "Disc herniation: type", List.of("BULGING", "PROTRUSION", "EXTRUSION", "SEQUESTRATION")),
                    yesNo("imaging.discHerniation.nerveRootCompression", "Disc herniation: nerve root compression"),
                    yesNo("imaging.discHerniation.canalStenosis", "Disc herniation: canal stenosis"),
                    yesNo("imaging.pedicleDisappearance", "Pedicle disappearance"),
                    yesNo("imaging.vertebralCollapse", "Vertebral collapse"),
                    yesNo("imaging.boneDestruction", "Bone destruction"),
                    yesNo("imaging.paravertebralAbscess", "Paravertebral abscess"),
                    yesNo("imaging.kyphosis", "Kyphosis"),
                    yesNo("imaging.myelographicBlock", "Myelographic block"))),
            new Section("treatmentHistory", "Treatment so far", null, List.of(
                    q("treatmentHistory.conservativeTherapyWeeks", WHOLE_NUMBER, "Weeks of conservative therapy", null),
                    choice("treatmentHistory.conservativeResponse", "Response to conservative therapy", THERAPY),
                    yesNo("treatmentHistory.interventionalDone", "Interventional treatment done"),
                    choice("treatmentHistory.interventionalResponse", "Response to interventional treatment", THERAPY))));

    /** The questions of one Schmorl's node; the path holds the node's index. */
    public static List<Question> schmorlNode(int index) {
        String p = "imaging.schmorlNodes[" + index + "].";
        return List.of(
                q(p + "level", TEXT, "Level", "For example L4."),
                choice(p + "endplate", "Endplate", List.of("SUPERIOR", "INFERIOR")),
                q(p + "sizeMm", DECIMAL, "Size in mm", null),
                yesNo(p + "boneMarrowEdema", "Bone marrow oedema"),
                yesNo(p + "modicChanges", "Modic changes"),
                yesNo(p + "posteriorExtension", "Posterior extension"));
    }

    public static List<Question> all() {
        List<Question> all = new ArrayList<>();
        SECTIONS.forEach(s -> all.addAll(s.questions()));
        return all;
    }

    private CaseQuestions() {
    }

    private static Question q(String path, Question.Kind kind, String label, String hint) {
        return new Question(path, kind, label, hint, List.of(), null);
    }

    private static Question yesNo(String path, String label) {
        return new Question(path, YES_NO, label, null, List.of(), null);
    }

    private static Question flag(String path, String label, String group) {
        return new Question(path, YES_NO, label, null, List.of(), group);
    }

    private static Question choice(String path, String label, List<String> options) {
        return new Question(path, CHOICE, label, null, options, null);
    }

    private static Question flagChoice(String path, String label, List<String> options, String group) {
        return new Question(path, CHOICE, label, null, options, group);
    }
}
