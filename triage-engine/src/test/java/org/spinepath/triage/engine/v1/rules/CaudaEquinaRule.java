package org.spinepath.triage.engine.v1.rules;

import static org.spinepath.triage.engine.v1.rules.CaseFacts.yes;
import static org.spinepath.triage.engine.v1.rules.FlagRule.add;

import java.util.List;
import org.spinepath.triage.engine.v1.Flag;
import org.spinepath.triage.engine.v1.Recommendation;
import org.spinepath.triage.engine.v1.catalogue.Cited;
import org.spinepath.triage.engine.v1.catalogue.Citation;
import org.spinepath.triage.engine.v1.catalogue.Sources;
import org.spinepath.triage.engine.v1.model.BladderDysfunction;
import org.spinepath.triage.engine.v1.model.Neurology;
import org.spinepath.triage.engine.v1.model.Sciatica;
import org.spinepath.triage.engine.v1.model.SensoryDeficit;

/**
 * pathways.md section 4, CAUDA_EQUINA (EMERGENCY, referral IMMEDIATE): any of saddle anesthesia,
 * bladder dysfunction (retention or incontinence), bowel dysfunction, bilateral or alternating
 * sciatica (alone is enough: a product decision), a bilateral neurological deficit, or neurological
 * change at several root levels or in the sacral roots.
 */
public final class CaudaEquinaRule implements FlagRule {

    public static final List<Citation> CITATIONS = List.of(Sources.SPT_WARNING_SIGNS, Sources.SPT_CENTRAL_DISC_PROLAPSE);

    public static final Recommendation ACTION = new Recommendation("emergency.cauda-equina", null,
            "Suspected cauda equina compression: refer to the on-call spinal surgeon immediately, within the hour, "
                    + "for urgent decompression to prevent paralysis of both legs.",
            List.of(Sources.SPT_CENTRAL_DISC_PROLAPSE, Sources.SPT_REFERRAL, Sources.SPT_SURGERY_INDICATIONS));

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
        if (bladder == BladderDysfunction.RETENTION || bladder == BladderDysfunction.INCONTINENCE) {
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
        return FlagRule.orEmpty(found);
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(ACTION);
    }
}
