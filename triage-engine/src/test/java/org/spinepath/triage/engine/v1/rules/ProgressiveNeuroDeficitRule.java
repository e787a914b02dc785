package org.spinepath.triage.engine.v1.rules;

import java.util.List;
import org.spinepath.triage.engine.v1.Flag;
import org.spinepath.triage.engine.v1.Recommendation;
import org.spinepath.triage.engine.v1.catalogue.Cited;
import org.spinepath.triage.engine.v1.catalogue.Citation;
import org.spinepath.triage.engine.v1.catalogue.Sources;
import org.spinepath.triage.engine.v1.model.MotorWeakness;

/**
 * pathways.md section 4, PROGRESSIVE_NEURO_DEFICIT (EMERGENCY, referral IMMEDIATE): progressive motor
 * weakness; worsening neurological symptoms, even when one-sided, need an immediate specialist.
 */
public final class ProgressiveNeuroDeficitRule implements FlagRule {

    public static final List<Citation> CITATIONS = List.of(Sources.SPT_REFERRAL, Sources.SNI_RED_FLAGS);

    public static final Recommendation ACTION = new Recommendation("emergency.progressive-neuro-deficit", null,
            "Progressive motor weakness: worsening neurological symptoms, even on one side, need a specialist "
                    + "immediately; refer to the on-call spinal surgeon within the hour.",
            CITATIONS);

    @Override
    public Flag flag() {
        return Flag.PROGRESSIVE_NEURO_DEFICIT;
    }

    @Override
    public List<Citation> citations() {
        return CITATIONS;
    }

    @Override
    public List<String> findings(Evaluation evaluation) {
        if (evaluation.facts().neurology().motorWeakness() == MotorWeakness.PROGRESSIVE) {
            return List.of("motorWeakness=PROGRESSIVE");
        }
        return List.of();
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(ACTION);
    }
}
