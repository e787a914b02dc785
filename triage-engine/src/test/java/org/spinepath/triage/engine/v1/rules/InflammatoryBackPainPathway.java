package org.spinepath.triage.engine.v1.rules;

import java.util.List;
import org.spinepath.triage.engine.v1.DifferentialCategory;
import org.spinepath.triage.engine.v1.Flag;
import org.spinepath.triage.engine.v1.Pathway;
import org.spinepath.triage.engine.v1.Recommendation;
import org.spinepath.triage.engine.v1.Urgency;
import org.spinepath.triage.engine.v1.catalogue.Cited;
import org.spinepath.triage.engine.v1.catalogue.Sources;

/**
 * pathways.md section 6, step 5: INFLAMMATORY gives INFLAMMATORY_BACK_PAIN, SOON (rheumatology). Applies
 * to the INFLAMMATORY flag, and to back pain whose differential category is INFLAMMATORY without the
 * flag (step 6 names no pathway for that category).
 */
public final class InflammatoryBackPainPathway implements PathwayRule {

    public static final Recommendation RHEUMATOLOGY = new Recommendation("inflammatory.rheumatology", null,
            "Inflammatory back pain: rheumatology assessment within weeks for spondyloarthritis or polymyalgia "
                    + "rheumatica.",
            List.of(Sources.SPT_DIFFERENTIAL_TABLE));
    public static final Recommendation ESR_HLA_B27 = new Recommendation("inflammatory.esr-hla-b27", null,
            "Check the ESR and HLA-B27: both support spondyloarthritis.",
            List.of(Sources.SPT_LAB_DIFFERENTIAL));

    @Override
    public boolean apply(Evaluation evaluation) {
        boolean applies = evaluation.has(Flag.INFLAMMATORY)
                || (evaluation.facts().hasBackPain() && evaluation.category() == DifferentialCategory.INFLAMMATORY);
        if (!applies) {
            return false;
        }
        evaluation.choosePathway(Pathway.INFLAMMATORY_BACK_PAIN, null, Urgency.SOON);
        evaluation.recommend(RHEUMATOLOGY);
        evaluation.recommend(ESR_HLA_B27);
        evaluation.order(LabTable.ESR);
        evaluation.order(LabTable.HLA_B27);
        return true;
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(RHEUMATOLOGY, ESR_HLA_B27);
    }
}
