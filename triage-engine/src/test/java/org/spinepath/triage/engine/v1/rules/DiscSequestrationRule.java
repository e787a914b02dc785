package org.spinepath.triage.engine.v1.rules;

import java.util.List;
import org.spinepath.triage.engine.v1.Flag;
import org.spinepath.triage.engine.v1.Recommendation;
import org.spinepath.triage.engine.v1.catalogue.Cited;
import org.spinepath.triage.engine.v1.catalogue.Citation;
import org.spinepath.triage.engine.v1.catalogue.Sources;
import org.spinepath.triage.engine.v1.model.DiscHerniation;
import org.spinepath.triage.engine.v1.model.HerniationType;

/**
 * pathways.md section 4, DISC_SEQUESTRATION (EMERGENCY, referral IMMEDIATE): a sequestered (prolapsed)
 * disc, one of the few emergencies of spinal surgery.
 */
public final class DiscSequestrationRule implements FlagRule {

    public static final List<Citation> CITATIONS = List.of(Sources.LDH_HERNIATION_TYPES);

    public static final Recommendation ACTION = new Recommendation("emergency.disc-sequestration", null,
            "Sequestered disc: a free disc fragment in the canal is one of the few emergencies of spinal surgery; "
                    + "refer to the on-call spinal surgeon immediately for surgical treatment.",
            List.of(Sources.LDH_HERNIATION_TYPES, Sources.SPT_REFERRAL));

    @Override
    public Flag flag() {
        return Flag.DISC_SEQUESTRATION;
    }

    @Override
    public List<Citation> citations() {
        return CITATIONS;
    }

    @Override
    public List<String> findings(Evaluation evaluation) {
        DiscHerniation disc = evaluation.facts().imaging().discHerniation();
        if (disc != null && disc.type() == HerniationType.SEQUESTRATION) {
            return List.of("discHerniation.type=SEQUESTRATION");
        }
        return List.of();
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(ACTION);
    }
}
