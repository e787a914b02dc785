package org.spinepath.triage.engine.rules;

import static org.spinepath.triage.engine.rules.CaseFacts.yes;

import org.spinepath.triage.engine.Urgency;
import org.spinepath.triage.engine.model.Case;
import org.spinepath.triage.engine.model.Neurology;

/**
 * pathways.md section 3: "an unanswered group never lowers the urgency", so answering a red-flag question
 * yes must never give a less urgent result than leaving it unanswered. Every positive answer raises a flag or
 * at least keeps the urgency, except upper motor neuron signs and the clumsy hands and disturbed gait of the
 * cord compression group when they raise no flag (not known to be new, no cancer history): as neurological
 * findings they count in the differential's "neurological symptoms", which scores for mechanical pain, and can
 * move a focal infiltrative or inflammatory pattern (SOON) to mechanical pain (ROUTINE). For those answers the
 * result is at least as urgent as the same case with them unanswered. The pathway stays the one the case
 * itself takes.
 */
public final class UnansweredNeverLowers {

    private UnansweredNeverLowers() {
    }

    /** The urgency of the case with its flagless cord compression answers unknown; SELF_CARE when it has none. */
    static Urgency floor(CaseFacts f) {
        Neurology n = f.neurology();
        boolean signs = yes(n.upperMotorNeuronSigns()) && !CordCompressionRule.upperMotorNeuronSignsRaise(f);
        boolean pattern = (yes(n.gaitDisturbance()) || yes(n.handClumsiness())) && !CordCompressionRule.myelopathyPatternRaises(f);
        if (!signs && !pattern) {
            return Urgency.SELF_CARE;
        }
        Case c = f.source();
        Neurology unanswered = new Neurology(n.saddleAnesthesia(), n.bladderDysfunction(), n.bowelDysfunction(), n.motorWeakness(),
                n.sensoryDeficit(), n.reflexChanges(), signs ? null : n.upperMotorNeuronSigns(), n.bilateralStraightLegRaise(),
                n.multipleRootLevels(), n.sacralRootsInvolved(), n.motorWeaknessBothLegs(), n.rectalSensationReduced(),
                n.analToneReduced(), n.sexualDysfunction(), pattern ? null : n.gaitDisturbance(),
                pattern ? null : n.handClumsiness(), n.postVoidResidualMl(), n.neuroSymptomOnsetDays(), n.neuroSymptomsWorsening());
        Evaluation without = Ruleset.raiseFlags(new Case(c.patient(), c.history(), c.presentation(), unanswered, c.systemic(),
                c.imaging(), c.labs(), c.treatmentHistory()));
        Ruleset.choosePathway(without);
        return without.urgency();
    }
}
