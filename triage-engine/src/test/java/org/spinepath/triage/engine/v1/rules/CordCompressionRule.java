package org.spinepath.triage.engine.v1.rules;

import static org.spinepath.triage.engine.v1.rules.CaseFacts.yes;
import static org.spinepath.triage.engine.v1.rules.FlagRule.add;

import java.util.List;
import org.spinepath.triage.engine.v1.Flag;
import org.spinepath.triage.engine.v1.Recommendation;
import org.spinepath.triage.engine.v1.catalogue.Cited;
import org.spinepath.triage.engine.v1.catalogue.Citation;
import org.spinepath.triage.engine.v1.catalogue.Sources;

/**
 * pathways.md section 4, CORD_COMPRESSION (EMERGENCY, referral IMMEDIATE): upper motor neuron signs
 * with spinal pain, or a complete myelographic block (an absolute indication for surgery).
 */
public final class CordCompressionRule implements FlagRule {

    public static final List<Citation> CITATIONS = List.of(Sources.SPT_SURGERY_INDICATIONS, Sources.SPT_MALIGNANT_PAIN,
            Sources.SPT_REFERRAL);

    public static final Recommendation ACTION = new Recommendation("emergency.cord-compression", null,
            "Suspected spinal cord compression: refer to the on-call spinal surgeon immediately, within the hour. "
                    + "Cord compression and a complete myelographic block are absolute indications for surgery.",
            List.of(Sources.SPT_SURGERY_INDICATIONS, Sources.SPT_REFERRAL));

    @Override
    public Flag flag() {
        return Flag.CORD_COMPRESSION;
    }

    @Override
    public List<Citation> citations() {
        return CITATIONS;
    }

    @Override
    public List<String> findings(Evaluation evaluation) {
        CaseFacts f = evaluation.facts();
        List<String> found = null;
        if (yes(f.neurology().upperMotorNeuronSigns()) && f.hasBackPain()) {
            found = add(found, "upperMotorNeuronSigns");
            found = add(found, "spinal pain");
        }
        if (yes(f.imaging().myelographicBlock())) {
            found = add(found, "myelographicBlock");
        }
        return FlagRule.orEmpty(found);
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(ACTION);
    }
}
