package org.spinepath.triage.engine.v1.rules;

import static org.spinepath.triage.engine.v1.rules.CaseFacts.yes;

import java.util.List;
import java.util.Set;
import org.spinepath.triage.engine.v1.Investigation;
import org.spinepath.triage.engine.v1.Pathway;
import org.spinepath.triage.engine.v1.Recommendation;
import org.spinepath.triage.engine.v1.Urgency;
import org.spinepath.triage.engine.v1.catalogue.Cited;
import org.spinepath.triage.engine.v1.catalogue.Sources;
import org.spinepath.triage.engine.v1.model.MotorWeakness;
import org.spinepath.triage.engine.v1.model.Neurology;
import org.spinepath.triage.engine.v1.model.SchmorlNode;
import org.spinepath.triage.engine.v1.model.SensoryDeficit;
import org.spinepath.triage.engine.v1.model.Sciatica;
import org.spinepath.triage.engine.v1.model.TherapyResponse;
import org.spinepath.triage.engine.v1.model.TreatmentHistory;

/**
 * pathways.md section 6, step 4: a Schmorl's node on imaging.
 * <p>
 * A node is symptomatic with back pain and MRI evidence (bone marrow edema or Modic changes), or with
 * radicular symptoms and posterior extension; otherwise it is incidental. Incidental without back pain:
 * SCHMORL_INCIDENTAL, SELF_CARE. Incidental with back pain: the pain is not attributed to the node (a
 * caution) and the later steps decide. Symptomatic: SCHMORL_SYMPTOMATIC, line 1 (under 6 weeks of
 * conservative therapy, ROUTINE), line 2 (6 weeks or more, not resolved, SOON; vertebroplasty from 12
 * weeks of failure), line 3 (interventional treatment done, not resolved, pain still disabling, or a
 * neurological deficit from nerve compression: surgical referral, SOON).
 */
public final class SchmorlNodePathway implements PathwayRule {

    public static final int LINE_2_FROM_WEEKS = 6;
    public static final int VERTEBROPLASTY_FROM_WEEKS = 12;
    public static final int SEVERE_PAIN_FROM = DifferentialTable.SEVERE_INTENSITY_FROM;

    public static final Recommendation INCIDENTAL_NO_TREATMENT = new Recommendation("schmorl.incidental.no-treatment", null,
            "No treatment is needed for an incidental Schmorl's node without symptoms.",
            List.of(Sources.SNI_MANAGEMENT));
    public static final Recommendation INCIDENTAL_NO_IMAGING = new Recommendation("schmorl.incidental.no-follow-up-imaging", null,
            "No follow-up imaging: repeating scans of an asymptomatic node adds cost and no clinical value.",
            List.of(Sources.SNI_MANAGEMENT, Sources.SNI_PITFALLS));
    public static final Recommendation INCIDENTAL_REASSURANCE = new Recommendation("schmorl.incidental.reassurance", null,
            "Reassurance: Schmorl's nodes are common (over 70% of people at post-mortem) and benign.",
            List.of(Sources.SNI_UNDERSTANDING, Sources.SNI_MANAGEMENT));
    public static final Recommendation INCIDENTAL_SAFETY_NET = new Recommendation("schmorl.incidental.safety-net", null,
            "Reassess if new or worsening back pain at the level of the node, radicular symptoms, fever, night sweats, "
                    + "weight loss or a progressive neurological deficit appear.",
            List.of(Sources.SNI_RED_FLAGS));

    public static final Recommendation L1_PHYSIOTHERAPY = new Recommendation("schmorl.l1.physiotherapy", 1,
            "Physiotherapy: core strengthening, range-of-motion exercises, proprioceptive and neuromuscular training.",
            List.of(Sources.SNM_FIRST_LINE));
    public static final Recommendation L1_NSAID = new Recommendation("schmorl.l1.nsaid", 1,
            "An NSAID for its anti-inflammatory effect.",
            List.of(Sources.SNM_FIRST_LINE, Sources.SNI_MANAGEMENT));
    public static final Recommendation L1_ACTIVITY_MODIFICATION = new Recommendation("schmorl.l1.activity-modification", 1,
            "Activity modification: reduce axial loading and the activities that provoke the pain.",
            List.of(Sources.SNI_MANAGEMENT));
    public static final Recommendation L1_MUSCLE_RELAXANT = new Recommendation("schmorl.l1.muscle-relaxant", 1,
            "A muscle relaxant while muscle spasm is present.",
            List.of(Sources.SNM_FIRST_LINE));
    public static final Recommendation L1_OPIOID = new Recommendation("schmorl.l1.short-term-opioid", 1,
            "Short-term opioid analgesia only for severe pain, stopped as soon as the pain allows (the sources "
                    + "disagree on opioids: see the caution).",
            List.of(Sources.SNM_FIRST_LINE));
    public static final Recommendation L1_COURSE = new Recommendation("schmorl.l1.course", 1,
            "Continue this conservative programme for 6-12 weeks before considering interventional treatment.",
            List.of(Sources.SNI_MANAGEMENT, Sources.SNM_FIRST_LINE));
    public static final Recommendation L1_MRI_IF_PERSISTS = new Recommendation("schmorl.l1.mri-if-pain-persists", 1,
            "If the pain persists, MRI to look for bone marrow edema (low T1, high T2 signal), which confirms an acute "
                    + "symptomatic node.",
            List.of(Sources.SNI_MANAGEMENT, Sources.SNM_DIAGNOSTIC));
    public static final Recommendation L2_EPIDURAL_STEROID = new Recommendation("schmorl.l2.epidural-steroid-injection", 2,
            "Epidural steroid injection, above all for radicular pain, to be tried before any surgery.",
            List.of(Sources.SNM_SECOND_LINE));
    public static final Recommendation L2_VERTEBROPLASTY = new Recommendation("schmorl.l2.vertebroplasty", 2,
            "Percutaneous vertebroplasty, since conservative therapy has failed for 12 weeks or more: in one series "
                    + "pain fell from 7.9 to 2.1 on the VAS 4 hours after the procedure, and the relief lasted over a "
                    + "mean follow-up of 58 months, with few complications.",
            List.of(Sources.SNM_SECOND_LINE));
    public static final Recommendation L3_SURGICAL_REFERRAL = new Recommendation("schmorl.l3.surgical-referral", 3,
            "Surgical referral: segmental fusion to stabilise the painful segment.",
            List.of(Sources.SNM_THIRD_LINE));
    public static final Recommendation L3_DISC_MATERIAL_REMOVAL = new Recommendation("schmorl.l3.disc-material-removal", 3,
            "When a tunnelling node causes persistent radiculopathy, surgical removal of the disc material.",
            List.of(Sources.SNM_THIRD_LINE, Sources.SNI_MANAGEMENT));

    public static final Investigation MRI_BONE_MARROW_EDEMA = new Investigation("imaging.mri.bone-marrow-edema",
            "MRI for bone marrow edema (low T1, high T2 signal) if the pain persists.",
            List.of(Sources.SNM_DIAGNOSTIC, Sources.SNI_MANAGEMENT));

    /** The recommendations that name an opioid, which call for the opioid caution. */
    public static final Set<String> OPIOID_RECOMMENDATIONS = Set.of(L1_OPIOID.id());

    @Override
    public boolean apply(Evaluation evaluation) {
        CaseFacts f = evaluation.facts();
        List<SchmorlNode> nodes = f.schmorlNodes();
        if (nodes.isEmpty()) {
            return false;
        }
        if (!anySymptomatic(f)) {
            if (f.asymptomatic()) {
                evaluation.choosePathway(Pathway.SCHMORL_INCIDENTAL, null, Urgency.SELF_CARE);
                evaluation.recommend(INCIDENTAL_NO_TREATMENT);
                evaluation.recommend(INCIDENTAL_NO_IMAGING);
                evaluation.recommend(INCIDENTAL_REASSURANCE);
                evaluation.recommend(INCIDENTAL_SAFETY_NET);
                return true;
            }
            return false;
        }
        int line = line(f);
        switch (line) {
            case 3 -> {
                evaluation.choosePathway(Pathway.SCHMORL_SYMPTOMATIC, 3, Urgency.SOON);
                evaluation.recommend(L3_SURGICAL_REFERRAL);
                evaluation.recommend(L3_DISC_MATERIAL_REMOVAL);
            }
            case 2 -> {
                evaluation.choosePathway(Pathway.SCHMORL_SYMPTOMATIC, 2, Urgency.SOON);
                evaluation.recommend(L2_EPIDURAL_STEROID);
                if (conservativeFailedFor(f.treatment(), VERTEBROPLASTY_FROM_WEEKS)) {
                    evaluation.recommend(L2_VERTEBROPLASTY);
                }
            }
            default -> {
                evaluation.choosePathway(Pathway.SCHMORL_SYMPTOMATIC, 1, Urgency.ROUTINE);
                evaluation.recommend(L1_PHYSIOTHERAPY);
                evaluation.recommend(L1_NSAID);
                evaluation.recommend(L1_ACTIVITY_MODIFICATION);
                if (yes(f.presentation().muscleSpasm())) {
                    evaluation.recommend(L1_MUSCLE_RELAXANT);
                }
                if (severePain(f)) {
                    evaluation.recommend(L1_OPIOID);
                }
                evaluation.recommend(L1_COURSE);
                evaluation.recommend(L1_MRI_IF_PERSISTS);
                if (!anyNodeWithMriEvidence(f)) {
                    evaluation.order(MRI_BONE_MARROW_EDEMA);
                }
            }
        }
        return true;
    }

    /** Line 3, 2 or 1 for a symptomatic node. */
    static int line(CaseFacts f) {
        TreatmentHistory t = f.treatment();
        boolean interventionalDone = yes(t.interventionalDone());
        boolean interventionalNotResolved = interventionalDone && t.interventionalResponse() != TherapyResponse.RESOLVED;
        if ((interventionalNotResolved && yes(f.presentation().disablingPain())) || neurologicalDeficit(f)) {
            return 3;
        }
        if (conservativeFailedFor(t, LINE_2_FROM_WEEKS) || interventionalNotResolved) {
            return 2;
        }
        return 1;
    }

    /** At least {@code weeks} of conservative therapy, and not resolved (unknown response counts as not resolved). */
    static boolean conservativeFailedFor(TreatmentHistory t, int weeks) {
        Integer done = t.conservativeTherapyWeeks();
        return done != null && done >= weeks && t.conservativeResponse() != TherapyResponse.RESOLVED;
    }

    static boolean severePain(CaseFacts f) {
        Integer intensity = f.presentation().painIntensity();
        return intensity != null && intensity >= SEVERE_PAIN_FROM;
    }

    public static boolean anySymptomatic(CaseFacts f) {
        for (SchmorlNode node : f.schmorlNodes()) {
            if (isSymptomatic(f, node)) {
                return true;
            }
        }
        return false;
    }

    /** Back pain with MRI evidence (edema or Modic changes), or radicular symptoms with posterior extension. */
    public static boolean isSymptomatic(CaseFacts f, SchmorlNode node) {
        boolean mriEvidence = yes(node.boneMarrowEdema()) || yes(node.modicChanges());
        return (f.hasBackPain() && mriEvidence) || (radicularSymptoms(f) && yes(node.posteriorExtension()));
    }

    private static boolean anyNodeWithMriEvidence(CaseFacts f) {
        for (SchmorlNode node : f.schmorlNodes()) {
            if (yes(node.boneMarrowEdema())) {
                return true;
            }
        }
        return false;
    }

    /** Sciatica of any kind, or a neurological deficit. */
    static boolean radicularSymptoms(CaseFacts f) {
        Sciatica sciatica = f.presentation().sciatica();
        return (sciatica != null && sciatica != Sciatica.NONE) || neurologicalDeficit(f);
    }

    /** Motor weakness, a sensory deficit or reflex changes. */
    static boolean neurologicalDeficit(CaseFacts f) {
        Neurology n = f.neurology();
        return (n.motorWeakness() != null && n.motorWeakness() != MotorWeakness.NONE)
                || (n.sensoryDeficit() != null && n.sensoryDeficit() != SensoryDeficit.NONE)
                || yes(n.reflexChanges());
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(INCIDENTAL_NO_TREATMENT, INCIDENTAL_NO_IMAGING, INCIDENTAL_REASSURANCE, INCIDENTAL_SAFETY_NET,
                L1_PHYSIOTHERAPY, L1_NSAID, L1_ACTIVITY_MODIFICATION, L1_MUSCLE_RELAXANT, L1_OPIOID, L1_COURSE,
                L1_MRI_IF_PERSISTS, L2_EPIDURAL_STEROID, L2_VERTEBROPLASTY, L3_SURGICAL_REFERRAL, L3_DISC_MATERIAL_REMOVAL,
                MRI_BONE_MARROW_EDEMA);
    }
}
