package org.spinepath.triage.engine.rules;

import static org.spinepath.triage.engine.rules.CaseFacts.yes;
import static org.spinepath.triage.engine.rules.FlagRule.add;

import java.util.List;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Recommendation;
import org.spinepath.triage.engine.catalogue.Cited;
import org.spinepath.triage.engine.catalogue.Citation;
import org.spinepath.triage.engine.catalogue.Sources;

/**
 * pathways.md section 4, CORD_COMPRESSION (EMERGENCY, referral IMMEDIATE), when any of:
 * <ul>
 * <li>upper motor neuron signs with spinal pain, unless the neurological findings are known to be old;</li>
 * <li>upper motor neuron signs with or without pain, when the findings are new or with a cancer history;</li>
 * <li>hand clumsiness with gait disturbance (the myelopathy pattern), with or without pain, when new or
 * with a cancer history;</li>
 * <li>a complete myelographic block (an absolute indication for surgery);</li>
 * <li>INFECTION together with any neurological finding: a suspected epidural abscess. This is the one
 * flag computed from another (section 4), so it asks {@link InfectionRule} directly rather than relying on
 * the order of the rules.</li>
 * </ul>
 */
public final class CordCompressionRule implements FlagRule {

    public static final String EPIDURAL_ABSCESS = "suspected epidural abscess (INFECTION with a neurological finding)";

    public static final List<Citation> CITATIONS = List.of(Sources.SPT_SURGERY_INDICATIONS, Sources.SPT_MALIGNANT_PAIN,
            Sources.SPT_REFERRAL, Sources.GUIDE_CORD_COMPRESSION);

    public static final Recommendation ACTION = new Recommendation("emergency.cord-compression", null,
            "Suspected spinal cord compression: refer to the on-call spinal surgeon immediately, within the hour, for "
                    + "emergency MRI and decompression. Cord compression and a complete myelographic block are absolute "
                    + "indications for surgery; a suspected epidural abscess needs the same emergency imaging.",
            List.of(Sources.SPT_SURGERY_INDICATIONS, Sources.SPT_REFERRAL, Sources.GUIDE_CORD_COMPRESSION));

    private static final InfectionRule INFECTION = new InfectionRule();

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
        if (upperMotorNeuronSignsRaise(f)) {
            found = add(found, "upperMotorNeuronSigns");
            found = context(f, found);
        }
        if (myelopathyPatternRaises(f)) {
            found = add(found, "handClumsiness");
            found = add(found, "gaitDisturbance");
            found = context(f, found);
        }
        if (yes(f.imaging().myelographicBlock())) {
            found = add(found, "myelographicBlock");
        }
        if (f.hasNeurologicalFinding() && !INFECTION.findings(evaluation).isEmpty()) {
            found = add(found, EPIDURAL_ABSCESS);
            for (String finding : f.neurologicalFindings()) {
                found = add(found, finding);
            }
        }
        return FlagRule.orEmpty(found);
    }

    /** Why signs without pain count: new, or a cancer history; "spinal pain" when there is pain. */
    private static List<String> context(CaseFacts f, List<String> found) {
        List<String> list = found;
        if (f.hasBackPain()) {
            list = add(list, "spinal pain");
        }
        if (f.neurologyNew()) {
            for (String time : f.neurologyTimeline()) {
                list = add(list, time);
            }
        }
        if (f.cancerHistory()) {
            list = add(list, "cancerHistory");
        }
        return list;
    }

    /** Upper motor neuron signs raise the flag: with pain unless known to be old; without, when new or with cancer. */
    public static boolean upperMotorNeuronSignsRaise(CaseFacts f) {
        if (!yes(f.neurology().upperMotorNeuronSigns())) {
            return false;
        }
        return (f.hasBackPain() && !f.neurologyKnownOld()) || f.neurologyNew() || f.cancerHistory();
    }

    /** Hand clumsiness with gait disturbance raises the flag when new or with a cancer history. */
    public static boolean myelopathyPatternRaises(CaseFacts f) {
        return myelopathyPattern(f) && (f.neurologyNew() || f.cancerHistory());
    }

    public static boolean myelopathyPattern(CaseFacts f) {
        return yes(f.neurology().handClumsiness()) && yes(f.neurology().gaitDisturbance());
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(ACTION);
    }
}
