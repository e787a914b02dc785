package org.spinepath.triage.engine.v1.rules;

import java.util.List;
import org.spinepath.triage.engine.v1.Flag;
import org.spinepath.triage.engine.v1.Recommendation;
import org.spinepath.triage.engine.v1.catalogue.Cited;
import org.spinepath.triage.engine.v1.catalogue.Citation;
import org.spinepath.triage.engine.v1.catalogue.Sources;

/**
 * pathways.md section 4, ELEVATED_ESR (at least ROUTINE): ESR above 25 mm/h, a valuable screen for
 * serious pathology. When no other flag explains it (MALIGNANCY, INFECTION and INFLAMMATORY are the
 * flags whose diseases raise the ESR), the lab differential is ordered.
 */
public final class ElevatedEsrRule implements FlagRule {

    public static final double THRESHOLD_MM_PER_HOUR = 25;

    public static final List<Citation> CITATIONS = List.of(Sources.SPT_WARNING_SIGNS, Sources.SPT_LAB_DIFFERENTIAL);

    public static final Recommendation ACTION = new Recommendation("esr.lab-differential", null,
            "ESR above 25 mm/h without an explanation: order the laboratory differential (alkaline phosphatase, "
                    + "serum protein electrophoresis, PSA in men, blood culture, HLA-B27, urinalysis, tuberculin test) "
                    + "and reassess.",
            CITATIONS);

    @Override
    public Flag flag() {
        return Flag.ELEVATED_ESR;
    }

    @Override
    public List<Citation> citations() {
        return CITATIONS;
    }

    @Override
    public List<String> findings(Evaluation evaluation) {
        CaseFacts f = evaluation.facts();
        return f.esrRaised() ? List.of(f.esrFinding()) : List.of();
    }

    /** True when another raised flag accounts for a raised ESR. */
    public static boolean explained(Evaluation evaluation) {
        return evaluation.has(Flag.MALIGNANCY) || evaluation.has(Flag.INFECTION) || evaluation.has(Flag.INFLAMMATORY);
    }

    @Override
    public void addActions(Evaluation evaluation) {
        if (!explained(evaluation)) {
            evaluation.recommend(ACTION);
            evaluation.order(LabTable.LAB_DIFFERENTIAL);
        }
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(ACTION);
    }
}
