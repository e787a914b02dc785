package org.spinepath.triage.engine.rules;

import static org.spinepath.triage.engine.rules.CaseFacts.yes;
import static org.spinepath.triage.engine.rules.FlagRule.add;

import java.util.List;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Recommendation;
import org.spinepath.triage.engine.catalogue.Cited;
import org.spinepath.triage.engine.catalogue.Citation;
import org.spinepath.triage.engine.catalogue.Sources;
import org.spinepath.triage.engine.model.Onset;
import org.spinepath.triage.engine.model.Presentation;

/**
 * pathways.md section 4, VASCULAR_EMERGENCY (EMERGENCY, referral IMMEDIATE): back pain or abdominal pain,
 * with a known aortic aneurysm and pain that is new and sudden (onset ACUTE or sudden severe pain), or with
 * a pulsatile abdominal mass, or with syncope or hypotension: a suspected leaking abdominal aortic aneurysm.
 * Without back pain, the onset and suddenness are read as those of the abdominal pain, so this rule reads
 * the presentation as recorded.
 */
public final class VascularEmergencyRule implements FlagRule {

    public static final List<Citation> CITATIONS = List.of(Sources.GUIDE_VASCULAR);

    public static final Recommendation ACTION = new Recommendation("emergency.vascular", null,
            "Suspected leaking abdominal aortic aneurysm: arrange emergency transfer to hospital now and contact the "
                    + "on-call vascular surgeon. This is not a spinal referral; do not wait for spinal imaging.",
            CITATIONS);

    @Override
    public Flag flag() {
        return Flag.VASCULAR_EMERGENCY;
    }

    @Override
    public List<Citation> citations() {
        return CITATIONS;
    }

    @Override
    public List<String> findings(Evaluation evaluation) {
        CaseFacts f = evaluation.facts();
        boolean abdominalPain = yes(f.systemic().abdominalPain());
        if (!f.hasBackPain() && !abdominalPain) {
            return List.of();
        }
        List<String> found = null;
        Presentation pain = f.recordedPresentation();
        boolean newAndSudden = pain.onset() == Onset.ACUTE || yes(pain.suddenSeverePain());
        if (yes(f.history().knownAorticAneurysm()) && newAndSudden) {
            found = add(found, "knownAorticAneurysm");
            found = add(found, pain.onset() == Onset.ACUTE ? "onset=ACUTE" : "suddenSeverePain");
        }
        if (yes(f.systemic().pulsatileAbdominalMass())) {
            found = add(found, "pulsatileAbdominalMass");
        }
        if (yes(f.systemic().syncopeOrHypotension())) {
            found = add(found, "syncopeOrHypotension");
        }
        if (found == null) {
            return List.of();
        }
        found.addFirst(f.hasBackPain() ? "spinal pain" : "abdominalPain");
        if (f.hasBackPain() && abdominalPain) {
            found = add(found, "abdominalPain");
        }
        return found;
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(ACTION);
    }
}
