package org.spinepath.triage.engine.v1.rules;

import java.util.List;
import org.spinepath.triage.engine.v1.Flag;
import org.spinepath.triage.engine.v1.Pathway;
import org.spinepath.triage.engine.v1.Urgency;
import org.spinepath.triage.engine.v1.catalogue.Cited;

/** pathways.md section 6, step 1: any EMERGENCY flag gives EMERGENCY_REFERRAL, with each flag's action. */
public final class EmergencyReferralPathway implements PathwayRule {

    @Override
    public boolean apply(Evaluation evaluation) {
        boolean any = false;
        if (evaluation.has(Flag.CAUDA_EQUINA)) {
            evaluation.recommend(CaudaEquinaRule.ACTION);
            any = true;
        }
        if (evaluation.has(Flag.CORD_COMPRESSION)) {
            evaluation.recommend(CordCompressionRule.ACTION);
            any = true;
        }
        if (evaluation.has(Flag.PROGRESSIVE_NEURO_DEFICIT)) {
            evaluation.recommend(ProgressiveNeuroDeficitRule.ACTION);
            any = true;
        }
        if (evaluation.has(Flag.DISC_SEQUESTRATION)) {
            evaluation.recommend(DiscSequestrationRule.ACTION);
            any = true;
        }
        if (any) {
            evaluation.choosePathway(Pathway.EMERGENCY_REFERRAL, null, Urgency.EMERGENCY);
        }
        return any;
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of();
    }
}
