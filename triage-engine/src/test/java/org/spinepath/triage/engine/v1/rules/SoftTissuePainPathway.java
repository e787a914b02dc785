package org.spinepath.triage.engine.v1.rules;

import java.util.List;
import org.spinepath.triage.engine.v1.DifferentialCategory;
import org.spinepath.triage.engine.v1.Pathway;
import org.spinepath.triage.engine.v1.Recommendation;
import org.spinepath.triage.engine.v1.Urgency;
import org.spinepath.triage.engine.v1.catalogue.Cited;
import org.spinepath.triage.engine.v1.catalogue.Sources;

/**
 * pathways.md section 6, step 6, SOFT_TISSUE: SOFT_TISSUE_PAIN, ROUTINE: physiotherapy, therapeutic
 * exercise; antidepressants, recommended by many authors throughout treatment.
 */
public final class SoftTissuePainPathway implements PathwayRule {

    public static final Recommendation PHYSIOTHERAPY = new Recommendation("soft-tissue.physiotherapy", null,
            "Physiotherapy and therapeutic exercise.",
            List.of(Sources.SPT_TREATMENT_PHASES));
    public static final Recommendation ANTIDEPRESSANT = new Recommendation("soft-tissue.antidepressant", null,
            "Consider an antidepressant for the whole course of treatment, as many authors recommend, whether or not "
                    + "the patient is depressed.",
            List.of(Sources.SPT_TREATMENT_PHASES));

    @Override
    public boolean apply(Evaluation evaluation) {
        if (!evaluation.facts().hasBackPain() || evaluation.category() != DifferentialCategory.SOFT_TISSUE) {
            return false;
        }
        evaluation.choosePathway(Pathway.SOFT_TISSUE_PAIN, null, Urgency.ROUTINE);
        evaluation.recommend(PHYSIOTHERAPY);
        evaluation.recommend(ANTIDEPRESSANT);
        return true;
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(PHYSIOTHERAPY, ANTIDEPRESSANT);
    }
}
