package org.spinepath.triage.engine.rules;

import java.util.List;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.Urgency;
import org.spinepath.triage.engine.catalogue.Cited;

/**
 * pathways.md section 6, step 1: any flag at EMERGENCY (FRACTURE after major trauma included) gives
 * EMERGENCY_REFERRAL, with each emergency flag's action in the order of section 4. FRACTURE's action sends
 * the patient to the emergency department; it is not referred by a message (section 8).
 */
public final class EmergencyReferralPathway implements PathwayRule {

    @Override
    public boolean apply(Evaluation evaluation) {
        if (!evaluation.anyEmergencyFlag()) {
            return false;
        }
        if (evaluation.has(Flag.CAUDA_EQUINA)) {
            evaluation.recommend(CaudaEquinaRule.ACTION);
        }
        if (evaluation.has(Flag.CORD_COMPRESSION)) {
            evaluation.recommend(CordCompressionRule.ACTION);
        }
        if (evaluation.has(Flag.PROGRESSIVE_NEURO_DEFICIT)) {
            evaluation.recommend(ProgressiveNeuroDeficitRule.ACTION);
        }
        if (evaluation.has(Flag.SPINAL_METASTATIC_COMPRESSION)) {
            evaluation.recommend(SpinalMetastaticCompressionRule.action(evaluation));
        }
        if (evaluation.has(Flag.VASCULAR_EMERGENCY)) {
            evaluation.recommend(VascularEmergencyRule.ACTION);
        }
        if (evaluation.has(Flag.DISC_SEQUESTRATION)) {
            evaluation.recommend(DiscSequestrationRule.ACTION);
        }
        if (evaluation.urgencyOf(Flag.FRACTURE) == Urgency.EMERGENCY) {
            evaluation.recommend(FractureRule.MAJOR_TRAUMA);
        }
        evaluation.choosePathway(Pathway.EMERGENCY_REFERRAL, null, Urgency.EMERGENCY);
        return true;
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of();
    }
}
