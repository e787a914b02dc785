package org.spinepath.triage.engine.rules;

import java.util.List;
import java.util.Set;
import org.spinepath.triage.engine.Caution;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Investigation;
import org.spinepath.triage.engine.RaisedFlag;
import org.spinepath.triage.engine.catalogue.Cited;
import org.spinepath.triage.engine.catalogue.Sources;
import org.spinepath.triage.engine.model.Sciatica;

/**
 * pathways.md section 7, seed versus guidance: where a seed article's advice differs from the clinical
 * guidance, the seed's recommendation stays and, whenever it appears, a caution shows both sides, each cited
 * (the seed's section and the guidance article's {@code management-guidance}, which words the guidance side
 * of every one of them, with a second guidance section where one holds the detail), as the opioid caution does.
 */
public final class GuidanceConflicts {

    public static final Caution BED_REST = new Caution("caution.guidance.bed-rest",
            "Bed rest: the source article advises rest lying flat; the guidance (NICE NG59) advises staying active "
                    + "instead. Keep any rest short and encourage normal activity as the pain allows.",
            List.of(Sources.SPT_MECHANICAL_PAIN, Sources.LDH_STIFFNESS_RELIEF, Sources.GUIDE_MANAGEMENT));
    public static final Caution PARACETAMOL_ALONE = new Caution("caution.guidance.paracetamol-alone",
            "Paracetamol: the source article lists it for acute back pain; the guidance (NICE NG59) does not "
                    + "recommend paracetamol alone for low back pain.",
            List.of(Sources.SPT_MECHANICAL_PAIN, Sources.GUIDE_MANAGEMENT));
    public static final Caution PASSIVE_TREATMENTS = new Caution("caution.guidance.passive-treatments",
            "Traction, corsets or lumbar supports, acupuncture and electrotherapy: the source articles list them; "
                    + "the guidance (NICE NG59) advises against them for low back pain.",
            List.of(Sources.SPT_TREATMENT_PHASES, Sources.SPT_MECHANICAL_PAIN, Sources.LDH_STIFFNESS_RELIEF,
                    Sources.LDH_LEG_PAIN, Sources.GUIDE_MANAGEMENT));
    public static final Caution ANTIDEPRESSANTS = new Caution("caution.guidance.antidepressants",
            "Antidepressants: the source article reports that many authors recommend them throughout treatment; the "
                    + "guidance (NICE NG59) does not recommend antidepressants for managing low back pain.",
            List.of(Sources.SPT_TREATMENT_PHASES, Sources.GUIDE_MANAGEMENT));
    public static final Caution ROUTINE_XRAY = new Caution("caution.guidance.routine-xray",
            "An X-ray after 2 weeks: the source article suggests one when mechanical pain has not improved; the "
                    + "guidance (NICE NG59) advises no routine imaging outside specialist care unless the result would "
                    + "change management.",
            List.of(Sources.SPT_MECHANICAL_PAIN, Sources.GUIDE_MANAGEMENT, Sources.GUIDE_IMAGING));
    public static final Caution EPIDURAL_NOT_RADICULAR = new Caution("caution.guidance.epidural-not-radicular",
            "Epidural injection: the source articles offer it; the guidance (NICE NG59) considers epidural steroid "
                    + "injection only for acute, severe sciatica, not for back pain without radicular pain.",
            List.of(Sources.SNM_SECOND_LINE, Sources.SPT_MECHANICAL_PAIN, Sources.GUIDE_MANAGEMENT));
    public static final Caution XRAY_FOR_METASTASES = new Caution("caution.guidance.xray-for-metastases",
            "Plain X-ray in a suspected tumour: the source article looks for pedicle loss on X-ray; the guidance "
                    + "(NICE NG234) uses MRI instead, because a normal X-ray does not exclude spinal metastases.",
            List.of(Sources.SPT_MALIGNANT_PAIN, Sources.SPT_DIFFERENTIAL_TABLE, Sources.GUIDE_MANAGEMENT,
                    Sources.GUIDE_IMAGING));
    public static final Caution SEQUESTRATION_ALONE = new Caution("caution.guidance.sequestration-alone",
            "Sequestered disc: the source article treats it as an emergency on its appearance alone; the guidance "
                    + "ties emergency surgery to the neurological picture (cauda equina syndrome, a severe or "
                    + "progressive deficit). The referral stands; the surgeon weighs the neurology.",
            List.of(Sources.LDH_HERNIATION_TYPES, Sources.GUIDE_MANAGEMENT, Sources.GUIDE_CAUDA_EQUINA));
    public static final Caution AGE_THRESHOLD = new Caution("caution.guidance.age-threshold",
            "Age threshold: the source article counts risk from above 55; the guidance uses 50 for new back pain.",
            List.of(Sources.SPT_EPIDEMIOLOGY, Sources.GUIDE_MANAGEMENT, Sources.GUIDE_RED_FLAG_SCREENING));

    private static final Set<String> BED_REST_ADVICE = Set.of(MechanicalBackPainPathway.L1_REST.id(),
            DiscHerniationPathway.REST_HEAT_MASSAGE.id());
    private static final Set<String> PASSIVE_ADVICE = Set.of(MechanicalBackPainPathway.REGRESSION_PHASE.id(),
            MechanicalBackPainPathway.L2_XRAY_EPIDURAL_CORSET.id(), DiscHerniationPathway.PHYSIOTHERAPY_ACUPUNCTURE.id(),
            DiscHerniationPathway.HARD_BED_SUPPORT_TRACTION.id());
    private static final Set<String> EPIDURAL_ADVICE = Set.of(SchmorlNodePathway.L2_EPIDURAL_STEROID.id(),
            MechanicalBackPainPathway.L2_XRAY_EPIDURAL_CORSET.id());
    private static final Set<String> METASTASIS_XRAY = Set.of(SeriousPathologyPathway.XRAY_PEDICLES.id(),
            FocalInfiltrativePathway.IMAGING.id());

    private GuidanceConflicts() {
    }

    /** Adds each conflict caution whose seed recommendation appears in the result, in the order of section 7. */
    static void apply(Evaluation evaluation) {
        if (recommendsAny(evaluation, BED_REST_ADVICE)) {
            evaluation.caution(BED_REST);
        }
        if (evaluation.recommends(MechanicalBackPainPathway.L1_PARACETAMOL.id())) {
            evaluation.caution(PARACETAMOL_ALONE);
        }
        if (recommendsAny(evaluation, PASSIVE_ADVICE)) {
            evaluation.caution(PASSIVE_TREATMENTS);
        }
        if (evaluation.recommends(SoftTissuePainPathway.ANTIDEPRESSANT.id())) {
            evaluation.caution(ANTIDEPRESSANTS);
        }
        if (evaluation.recommends(MechanicalBackPainPathway.L2_XRAY_EPIDURAL_CORSET.id())
                || orders(evaluation, MechanicalBackPainPathway.XRAY.id())) {
            evaluation.caution(ROUTINE_XRAY);
        }
        if (recommendsAny(evaluation, EPIDURAL_ADVICE) && !radicularPain(evaluation.facts())) {
            evaluation.caution(EPIDURAL_NOT_RADICULAR);
        }
        for (String id : METASTASIS_XRAY) {
            if (orders(evaluation, id)) {
                evaluation.caution(XRAY_FOR_METASTASES);
            }
        }
        if (evaluation.has(Flag.DISC_SEQUESTRATION)) {
            evaluation.caution(SEQUESTRATION_ALONE);
        }
        if (usesAgeAbove55(evaluation)) {
            evaluation.caution(AGE_THRESHOLD);
        }
    }

    /** Sciatica recorded as present: the radicular pain for which the guidance considers an epidural. */
    private static boolean radicularPain(CaseFacts f) {
        Sciatica sciatica = f.presentation().sciatica();
        return sciatica != null && sciatica != Sciatica.NONE;
    }

    /** The seed's age of 55 is in the result: AGE_RISK above 55, or MALIGNANCY raised by age above 55. */
    private static boolean usesAgeAbove55(Evaluation evaluation) {
        CaseFacts f = evaluation.facts();
        String ageFinding = f.ageFinding(">" + AgeRiskRule.OLDER_THAN);
        for (RaisedFlag raised : evaluation.flags()) {
            if ((raised.flag() == Flag.AGE_RISK || raised.flag() == Flag.MALIGNANCY) && raised.findings().contains(ageFinding)) {
                return true;
            }
        }
        return false;
    }

    private static boolean recommendsAny(Evaluation evaluation, Set<String> ids) {
        for (String id : ids) {
            if (evaluation.recommends(id)) {
                return true;
            }
        }
        return false;
    }

    private static boolean orders(Evaluation evaluation, String id) {
        for (Investigation investigation : evaluation.investigations()) {
            if (investigation.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    static List<Cited> catalogueEntries() {
        return List.of(BED_REST, PARACETAMOL_ALONE, PASSIVE_TREATMENTS, ANTIDEPRESSANTS, ROUTINE_XRAY, EPIDURAL_NOT_RADICULAR,
                XRAY_FOR_METASTASES, SEQUESTRATION_ALONE, AGE_THRESHOLD);
    }
}
