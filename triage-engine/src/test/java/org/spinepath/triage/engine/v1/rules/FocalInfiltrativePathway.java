package org.spinepath.triage.engine.v1.rules;

import java.util.List;
import org.spinepath.triage.engine.v1.DifferentialCategory;
import org.spinepath.triage.engine.v1.Investigation;
import org.spinepath.triage.engine.v1.Pathway;
import org.spinepath.triage.engine.v1.Recommendation;
import org.spinepath.triage.engine.v1.Urgency;
import org.spinepath.triage.engine.v1.catalogue.Cited;
import org.spinepath.triage.engine.v1.catalogue.Sources;

/**
 * pathways.md section 6, step 6, FOCAL_INFILTRATIVE below the threshold of section 4: investigations
 * (ESR, alkaline phosphatase, serum protein electrophoresis, imaging) and at least SOON. The
 * specification names no pathway for it; the engine uses SERIOUS_PATHOLOGY_REFERRAL at SOON, which
 * notifies no one (only MALIGNANCY and INFECTION do).
 */
public final class FocalInfiltrativePathway implements PathwayRule {

    public static final Recommendation WORKUP = new Recommendation("focal-infiltrative.workup", null,
            "Focal infiltrative pattern (possible tumour or infection) below the referral threshold: check the ESR, "
                    + "alkaline phosphatase and serum protein electrophoresis, image the painful segment, and arrange "
                    + "specialist assessment within weeks.",
            List.of(Sources.SPT_DIFFERENTIAL_TABLE, Sources.SPT_LAB_DIFFERENTIAL));

    public static final Investigation IMAGING = new Investigation("imaging.focal-infiltrative",
            "Imaging of the painful segment (X-ray, then MRI or an isotope bone scan).",
            List.of(Sources.SPT_DIFFERENTIAL_TABLE, Sources.SPT_MALIGNANT_PAIN));

    @Override
    public boolean apply(Evaluation evaluation) {
        if (!evaluation.facts().hasBackPain() || evaluation.category() != DifferentialCategory.FOCAL_INFILTRATIVE) {
            return false;
        }
        evaluation.choosePathway(Pathway.SERIOUS_PATHOLOGY_REFERRAL, null, Urgency.SOON);
        evaluation.recommend(WORKUP);
        evaluation.order(LabTable.ESR);
        evaluation.order(LabTable.ALKALINE_PHOSPHATASE);
        evaluation.order(LabTable.SERUM_PROTEIN_ELECTROPHORESIS);
        evaluation.order(IMAGING);
        return true;
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(WORKUP, IMAGING);
    }
}
