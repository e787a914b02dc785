package org.spinepath.triage.engine.rules;

import static org.spinepath.triage.engine.rules.CaseFacts.yes;
import static org.spinepath.triage.engine.rules.FlagRule.add;

import java.util.List;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Recommendation;
import org.spinepath.triage.engine.catalogue.Cited;
import org.spinepath.triage.engine.catalogue.Citation;
import org.spinepath.triage.engine.catalogue.Sources;
import org.spinepath.triage.engine.model.MotorWeakness;

/**
 * pathways.md section 4, PROGRESSIVE_NEURO_DEFICIT (EMERGENCY, referral IMMEDIATE): progressive motor
 * weakness, or worsening neurological symptoms with any neurological finding (section 2), even when
 * one-sided. Worsening radicular pain alone is not a neurological finding and does not count.
 */
public final class ProgressiveNeuroDeficitRule implements FlagRule {

    public static final List<Citation> CITATIONS = List.of(Sources.SPT_REFERRAL, Sources.SNI_RED_FLAGS,
            Sources.GUIDE_CAUDA_EQUINA);

    public static final Recommendation ACTION = new Recommendation("emergency.progressive-neuro-deficit", null,
            "Worsening neurological deficit: worsening neurological symptoms, even on one side, need a specialist "
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
        CaseFacts f = evaluation.facts();
        List<String> found = null;
        if (f.neurology().motorWeakness() == MotorWeakness.PROGRESSIVE) {
            found = add(found, "motorWeakness=PROGRESSIVE");
        }
        if (yes(f.neurology().neuroSymptomsWorsening()) && f.hasNeurologicalFinding()) {
            found = add(found, "neuroSymptomsWorsening");
            for (String finding : f.neurologicalFindings()) {
                found = add(found, finding);
            }
        }
        return FlagRule.orEmpty(found);
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(ACTION);
    }
}
