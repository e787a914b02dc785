package org.spinepath.triage.engine.v1.rules;

import static org.spinepath.triage.engine.v1.rules.CaseFacts.yes;

import java.util.ArrayList;
import java.util.List;
import org.spinepath.triage.engine.v1.Flag;
import org.spinepath.triage.engine.v1.catalogue.Citation;
import org.spinepath.triage.engine.v1.catalogue.Sources;
import org.spinepath.triage.engine.v1.model.PainResponse;
import org.spinepath.triage.engine.v1.model.Presentation;

/**
 * pathways.md section 4, INFLAMMATORY (SOON, rheumatology): morning stiffness above 30 minutes with
 * pain worse at rest or better with activity; a positive HLA-B27 strengthens it (listed as a finding,
 * never enough alone). Investigations: ESR, HLA-B27.
 */
public final class InflammatoryRule implements FlagRule {

    public static final int MORNING_STIFFNESS_ABOVE_MIN = 30;

    public static final List<Citation> CITATIONS = List.of(Sources.SPT_DIFFERENTIAL_TABLE, Sources.SPT_LAB_DIFFERENTIAL);

    @Override
    public Flag flag() {
        return Flag.INFLAMMATORY;
    }

    @Override
    public List<Citation> citations() {
        return CITATIONS;
    }

    @Override
    public List<String> findings(Evaluation evaluation) {
        CaseFacts f = evaluation.facts();
        Presentation p = f.presentation();
        Integer stiffness = p.morningStiffnessMinutes();
        boolean worseAtRest = p.painWithRest() == PainResponse.WORSE;
        boolean betterWithActivity = p.painWithActivity() == PainResponse.BETTER;
        if (stiffness == null || stiffness <= MORNING_STIFFNESS_ABOVE_MIN || !(worseAtRest || betterWithActivity)) {
            return List.of();
        }
        List<String> found = new ArrayList<>(4);
        found.add("morningStiffnessMinutes=" + stiffness + " (>" + MORNING_STIFFNESS_ABOVE_MIN + ")");
        if (worseAtRest) {
            found.add("painWithRest=WORSE");
        }
        if (betterWithActivity) {
            found.add("painWithActivity=BETTER");
        }
        if (yes(f.labs().hlaB27Positive())) {
            found.add("hlaB27Positive");
        }
        return found;
    }

    @Override
    public void addActions(Evaluation evaluation) {
        evaluation.recommend(InflammatoryBackPainPathway.RHEUMATOLOGY);
        evaluation.order(LabTable.ESR);
        evaluation.order(LabTable.HLA_B27);
    }
}
