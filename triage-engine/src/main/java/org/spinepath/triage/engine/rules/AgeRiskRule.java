package org.spinepath.triage.engine.rules;

import java.util.List;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.catalogue.Citation;
import org.spinepath.triage.engine.catalogue.Sources;

/**
 * pathways.md section 4, AGE_RISK (a modifier, never above ROUTINE by itself): age below 20 or above 55.
 * Serious spinal pathology was found in 3% of patients aged 20-55, 11% under 20 and 19% over 55. Adds
 * an ESR screen and the age caution of section 7. Only for a patient with back pain: the figures are about
 * people with back pain.
 */
public final class AgeRiskRule implements FlagRule {

    public static final int YOUNGER_THAN = 20;
    public static final int OLDER_THAN = 55;

    public static final List<Citation> CITATIONS = List.of(Sources.SPT_EPIDEMIOLOGY);

    @Override
    public Flag flag() {
        return Flag.AGE_RISK;
    }

    @Override
    public List<Citation> citations() {
        return CITATIONS;
    }

    @Override
    public List<String> findings(Evaluation evaluation) {
        CaseFacts f = evaluation.facts();
        if (!f.hasBackPain()) {
            return List.of();
        }
        if (f.ageBelow(YOUNGER_THAN)) {
            return List.of(f.ageFinding("<" + YOUNGER_THAN));
        }
        if (f.ageAbove(OLDER_THAN)) {
            return List.of(f.ageFinding(">" + OLDER_THAN));
        }
        return List.of();
    }

    @Override
    public void addActions(Evaluation evaluation) {
        evaluation.order(LabTable.ESR);
    }
}
