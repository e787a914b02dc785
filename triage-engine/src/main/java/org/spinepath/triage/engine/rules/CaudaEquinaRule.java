package org.spinepath.triage.engine.rules;

import static org.spinepath.triage.engine.rules.CaseFacts.yes;
import static org.spinepath.triage.engine.rules.FlagRule.add;

import java.util.List;
import org.spinepath.triage.engine.CaudaEquinaStage;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Recommendation;
import org.spinepath.triage.engine.catalogue.Cited;
import org.spinepath.triage.engine.catalogue.Citation;
import org.spinepath.triage.engine.catalogue.Sources;
import org.spinepath.triage.engine.model.BladderDysfunction;
import org.spinepath.triage.engine.model.Neurology;
import org.spinepath.triage.engine.model.Sciatica;
import org.spinepath.triage.engine.model.SensoryDeficit;

/**
 * pathways.md section 4, CAUDA_EQUINA (EMERGENCY, referral IMMEDIATE): any of saddle anesthesia, any
 * bladder dysfunction (altered sensation, a poor stream or straining, retention, incontinence), bowel
 * dysfunction, bilateral or alternating sciatica (alone is enough: a product decision), a bilateral
 * deficit (sensory deficit on both sides, weakness in both legs, a bilateral straight-leg raise),
 * neurological change at several root levels or in the sacral roots, reduced rectal sensation, reduced
 * anal tone, sexual dysfunction, or a post-void residual of 200 ml or more.
 * <p>
 * The stage: WITH_RETENTION with retention, incontinence or that residual; otherwise INCOMPLETE with the
 * early sphincter, saddle, sacral or sexual findings; otherwise SUSPECTED. Every stage is an emergency.
 * The findings end with how long the neurological symptoms have lasted and whether they are worsening.
 */
public final class CaudaEquinaRule implements FlagRule {

    public static final List<Citation> CITATIONS = List.of(Sources.SPT_WARNING_SIGNS, Sources.SPT_CENTRAL_DISC_PROLAPSE,
            Sources.GUIDE_CAUDA_EQUINA);

    public static final Recommendation ACTION = new Recommendation("emergency.cauda-equina", null,
            "Suspected cauda equina compression: an emergency at every stage. Tell the on-call spinal surgeon at once "
                    + "and send the patient to a hospital that can perform MRI at any hour: MRI of the lumbosacral spine "
                    + "within 4 hours of the request. Scan the bladder only if that does not delay the MRI. Once the MRI "
                    + "confirms compression, urgent surgical decompression, by day or night, prevents paralysis of both "
                    + "legs and lasting loss of bladder, bowel and sexual function.",
            List.of(Sources.SPT_CENTRAL_DISC_PROLAPSE, Sources.SPT_REFERRAL, Sources.SPT_SURGERY_INDICATIONS,
                    Sources.GUIDE_CAUDA_EQUINA));

    @Override
    public Flag flag() {
        return Flag.CAUDA_EQUINA;
    }

    @Override
    public List<Citation> citations() {
        return CITATIONS;
    }

    @Override
    public List<String> findings(Evaluation evaluation) {
        CaseFacts f = evaluation.facts();
        Neurology n = f.neurology();
        List<String> found = null;
        if (yes(n.saddleAnesthesia())) {
            found = add(found, "saddleAnesthesia");
        }
        BladderDysfunction bladder = n.bladderDysfunction();
        if (bladder != null && bladder != BladderDysfunction.NONE) {
            found = add(found, "bladderDysfunction=" + bladder);
        }
        if (yes(n.bowelDysfunction())) {
            found = add(found, "bowelDysfunction");
        }
        Sciatica sciatica = f.presentation().sciatica();
        if (sciatica == Sciatica.BILATERAL || sciatica == Sciatica.ALTERNATING) {
            found = add(found, "sciatica=" + sciatica);
        }
        if (n.sensoryDeficit() == SensoryDeficit.BILATERAL) {
            found = add(found, "sensoryDeficit=BILATERAL");
        }
        if (yes(n.multipleRootLevels())) {
            found = add(found, "multipleRootLevels");
        }
        if (yes(n.sacralRootsInvolved())) {
            found = add(found, "sacralRootsInvolved");
        }
        if (yes(n.motorWeaknessBothLegs())) {
            found = add(found, "motorWeaknessBothLegs");
        }
        if (yes(n.bilateralStraightLegRaise())) {
            found = add(found, "bilateralStraightLegRaise");
        }
        if (yes(n.rectalSensationReduced())) {
            found = add(found, "rectalSensationReduced");
        }
        if (yes(n.analToneReduced())) {
            found = add(found, "analToneReduced");
        }
        if (yes(n.sexualDysfunction())) {
            found = add(found, "sexualDysfunction");
        }
        if (f.postVoidResidualRaised()) {
            found = add(found, f.postVoidResidualFinding());
        }
        if (found == null) {
            return List.of();
        }
        for (String time : f.neurologyTimeline()) {
            found = add(found, time);
        }
        return found;
    }

    @Override
    public CaudaEquinaStage stage(Evaluation evaluation) {
        return stageOf(evaluation.facts());
    }

    /** The stage of a raised flag (pathways.md section 4). */
    static CaudaEquinaStage stageOf(CaseFacts f) {
        Neurology n = f.neurology();
        BladderDysfunction bladder = n.bladderDysfunction();
        if (bladder == BladderDysfunction.RETENTION || bladder == BladderDysfunction.INCONTINENCE || f.postVoidResidualRaised()) {
            return CaudaEquinaStage.WITH_RETENTION;
        }
        if (bladder == BladderDysfunction.ALTERED_SENSATION || bladder == BladderDysfunction.POOR_STREAM_OR_STRAINING
                || yes(n.bowelDysfunction()) || yes(n.saddleAnesthesia()) || yes(n.sacralRootsInvolved())
                || yes(n.rectalSensationReduced()) || yes(n.analToneReduced()) || yes(n.sexualDysfunction())) {
            return CaudaEquinaStage.INCOMPLETE;
        }
        return CaudaEquinaStage.SUSPECTED;
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(ACTION);
    }
}
