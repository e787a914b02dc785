package org.spinepath.triage.engine.v1.rules;

import static org.spinepath.triage.engine.v1.rules.CaseFacts.yes;

import java.util.List;
import org.spinepath.triage.engine.v1.Pathway;
import org.spinepath.triage.engine.v1.Recommendation;
import org.spinepath.triage.engine.v1.Urgency;
import org.spinepath.triage.engine.v1.catalogue.Cited;
import org.spinepath.triage.engine.v1.catalogue.Sources;
import org.spinepath.triage.engine.v1.model.DiscHerniation;
import org.spinepath.triage.engine.v1.model.HerniationType;
import org.spinepath.triage.engine.v1.model.TherapyResponse;

/**
 * pathways.md section 6, step 3: a disc herniation on imaging gives DISC_HERNIATION. Bulging or
 * protrusion: conservative care, line 1, ROUTINE. Extrusion, or pain that has not responded to
 * conservative therapy and disables (a relative surgical indication): surgical assessment, line 3,
 * SOON. Sequestration never reaches this step: it is the DISC_SEQUESTRATION emergency.
 */
public final class DiscHerniationPathway implements PathwayRule {

    public static final Recommendation REST_HEAT_MASSAGE = new Recommendation("disc.l1.rest-heat-massage", 1,
            "A short period of bed rest, local heat and gentle massage, and treatment of the muscle spasm, to ease "
                    + "the stiffness of the lower back.",
            List.of(Sources.LDH_STIFFNESS_RELIEF));
    public static final Recommendation PHYSIOTHERAPY_ACUPUNCTURE = new Recommendation("disc.l1.physiotherapy-acupuncture", 1,
            "Physiotherapy and acupuncture to relax the spasm of the lumbar muscles.",
            List.of(Sources.LDH_STIFFNESS_RELIEF));
    public static final Recommendation HARD_BED_SUPPORT_TRACTION = new Recommendation("disc.l1.hard-bed-support-traction", 1,
            "Sleep on a hard bed, wear a lumbar support, and use pelvic traction.",
            List.of(Sources.LDH_LEG_PAIN, Sources.LDH_SYMPTOMS));
    public static final Recommendation SURGICAL_ASSESSMENT = new Recommendation("disc.l3.surgical-assessment", 3,
            "Surgical assessment within weeks: an extruded disc usually needs surgery, because it narrows the canal "
                    + "and compresses nerve roots in a way that medicines and massage cannot reverse; pain that has not "
                    + "responded to conservative therapy and disables is a relative indication for surgery.",
            List.of(Sources.LDH_HERNIATION_TYPES, Sources.SPT_SURGERY_INDICATIONS));
    public static final Recommendation SAFETY_NET = new Recommendation("disc.safety-net", null,
            "Tell the patient to seek emergency care at once for numbness of the saddle area, loss of bladder or "
                    + "bowel control, or sciatica in both legs: these call for urgent decompression.",
            List.of(Sources.SPT_CENTRAL_DISC_PROLAPSE, Sources.LDH_SYMPTOMS));

    @Override
    public boolean apply(Evaluation evaluation) {
        DiscHerniation disc = evaluation.facts().imaging().discHerniation();
        if (disc == null) {
            return false;
        }
        if (needsSurgicalAssessment(evaluation.facts(), disc)) {
            evaluation.choosePathway(Pathway.DISC_HERNIATION, 3, Urgency.SOON);
            evaluation.recommend(SURGICAL_ASSESSMENT);
        } else {
            evaluation.choosePathway(Pathway.DISC_HERNIATION, 1, Urgency.ROUTINE);
            evaluation.recommend(REST_HEAT_MASSAGE);
            evaluation.recommend(PHYSIOTHERAPY_ACUPUNCTURE);
            evaluation.recommend(HARD_BED_SUPPORT_TRACTION);
        }
        evaluation.recommend(SAFETY_NET);
        return true;
    }

    /** Extrusion, or the relative indication: not resolved by conservative therapy, and disabling. */
    static boolean needsSurgicalAssessment(CaseFacts f, DiscHerniation disc) {
        if (disc.type() == HerniationType.EXTRUSION) {
            return true;
        }
        TherapyResponse response = f.treatment().conservativeResponse();
        boolean notResponding = response == TherapyResponse.NONE || response == TherapyResponse.PARTIAL;
        return notResponding && yes(f.presentation().disablingPain());
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(REST_HEAT_MASSAGE, PHYSIOTHERAPY_ACUPUNCTURE, HARD_BED_SUPPORT_TRACTION, SURGICAL_ASSESSMENT, SAFETY_NET);
    }
}
