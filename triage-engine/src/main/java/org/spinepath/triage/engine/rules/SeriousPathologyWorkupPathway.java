package org.spinepath.triage.engine.rules;

import static org.spinepath.triage.engine.rules.CaseFacts.yes;
import static org.spinepath.triage.engine.rules.FlagRule.add;

import java.util.List;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Investigation;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.Recommendation;
import org.spinepath.triage.engine.Urgency;
import org.spinepath.triage.engine.catalogue.Cited;
import org.spinepath.triage.engine.catalogue.Sources;
import org.spinepath.triage.engine.model.TherapyResponse;
import org.spinepath.triage.engine.model.TreatmentHistory;

/**
 * pathways.md section 6, step 2b: SERIOUS_PATHOLOGY_WORKUP (SOON, no referral message) for a patient with
 * back pain and any of: a cancer history (without MALIGNANCY, which step 2 handled); age above 50 with 4
 * weeks or more of conservative therapy and no response, and no disc herniation or symptomatic Schmorl's
 * node recorded; ESR 50 mm/h or more without INFLAMMATORY; a low haemoglobin above 50 without INFLAMMATORY.
 * Whenever the pathway is SERIOUS_PATHOLOGY_WORKUP (step 6 too), it orders MRI of the spine, the lab
 * differential (ESR, CRP, full blood count, alkaline phosphatase, serum protein electrophoresis) and
 * safety-netting: single weak flags mislead, and these combinations are to be investigated, not ignored.
 */
public final class SeriousPathologyWorkupPathway implements PathwayRule {

    public static final int AGE_ABOVE = 50;
    public static final int THERAPY_FROM_WEEKS = 4;
    public static final double ESR_FROM_MM_PER_HOUR = 50;

    public static final Recommendation WORKUP = new Recommendation("workup.serious-pathology", null,
            "A combination of findings that can hide serious spinal pathology, below the threshold for referral: "
                    + "investigate within weeks with MRI of the spine and the laboratory differential rather than treat "
                    + "the pain as simple back pain.",
            List.of(Sources.GUIDE_RED_FLAG_SCREENING, Sources.GUIDE_IMAGING));
    public static final Recommendation SAFETY_NET = new Recommendation("workup.safety-net", null,
            "Safety-net: tell the patient to return at once with new weakness, numbness, bladder or bowel trouble, "
                    + "fever, weight loss, or pain at night or at rest that keeps getting worse, and review the results "
                    + "of the work-up with them.",
            List.of(Sources.GUIDE_RED_FLAG_SCREENING));

    public static final Investigation MRI = new Investigation("imaging.mri.workup",
            "MRI of the spine.", List.of(Sources.GUIDE_IMAGING));
    public static final Investigation LAB_DIFFERENTIAL = new Investigation("lab.order.workup-panel",
            "Laboratory differential: ESR, CRP, full blood count, alkaline phosphatase and serum protein "
                    + "electrophoresis.",
            List.of(Sources.GUIDE_RED_FLAG_SCREENING, Sources.SPT_LAB_DIFFERENTIAL));

    @Override
    public boolean apply(Evaluation evaluation) {
        if (reasons(evaluation).isEmpty()) {
            return false;
        }
        choose(evaluation);
        return true;
    }

    /** Chooses the pathway and adds what it always carries (also used by step 6, focal infiltrative). */
    static void choose(Evaluation evaluation) {
        evaluation.choosePathway(Pathway.SERIOUS_PATHOLOGY_WORKUP, null, Urgency.SOON);
        evaluation.recommend(WORKUP);
        evaluation.recommend(SAFETY_NET);
        evaluation.order(MRI);
        evaluation.order(LAB_DIFFERENTIAL);
    }

    /** The reasons step 2b applies; empty when it does not. */
    public static List<String> reasons(Evaluation evaluation) {
        CaseFacts f = evaluation.facts();
        if (!f.hasBackPain()) {
            return List.of();
        }
        List<String> reasons = null;
        if (f.cancerHistory() && !evaluation.has(Flag.MALIGNANCY)) {
            reasons = add(reasons, "cancerHistory");
        }
        TreatmentHistory t = f.treatment();
        Integer weeks = t.conservativeTherapyWeeks();
        if (f.ageAbove(AGE_ABOVE) && weeks != null && weeks >= THERAPY_FROM_WEEKS
                && t.conservativeResponse() == TherapyResponse.NONE
                && f.imaging().discHerniation() == null && !SchmorlNodePathway.anySymptomatic(f)) {
            reasons = add(reasons, "no response to " + weeks + " weeks of conservative therapy above " + AGE_ABOVE);
        }
        boolean inflammatory = evaluation.has(Flag.INFLAMMATORY);
        Double esr = f.labs().esrMmPerHour();
        if (esr != null && esr >= ESR_FROM_MM_PER_HOUR && !inflammatory) {
            reasons = add(reasons, "esrMmPerHour=" + CaseFacts.number(esr));
        }
        if (yes(f.labs().haemoglobinLow()) && f.ageAbove(AGE_ABOVE) && !inflammatory) {
            reasons = add(reasons, "haemoglobinLow");
        }
        return FlagRule.orEmpty(reasons);
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(WORKUP, SAFETY_NET, MRI, LAB_DIFFERENTIAL);
    }
}
