package org.spinepath.triage.engine.rules;

import static org.spinepath.triage.engine.rules.FlagRule.add;

import java.util.List;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Recommendation;
import org.spinepath.triage.engine.catalogue.Cited;
import org.spinepath.triage.engine.catalogue.Citation;
import org.spinepath.triage.engine.catalogue.Sources;
import org.spinepath.triage.engine.model.Sciatica;

/**
 * pathways.md section 4, SPINAL_METASTATIC_COMPRESSION (EMERGENCY, referral IMMEDIATE): a cancer history
 * with any neurological finding (section 2) or radicular pain (sciatica other than NONE), raised beside
 * whatever else these findings raise. Action: the metastatic spinal cord compression coordinator (acute
 * oncology) and the on-call spinal surgeon at once; whole-spine MRI within 24 hours (NICE NG234), within 4
 * hours when CAUDA_EQUINA or CORD_COMPRESSION is raised as well.
 */
public final class SpinalMetastaticCompressionRule implements FlagRule {

    public static final List<Citation> CITATIONS = List.of(Sources.GUIDE_CORD_COMPRESSION, Sources.SPT_MALIGNANT_PAIN);

    public static final Recommendation ACTION = new Recommendation("emergency.spinal-metastatic-compression", null,
            "Possible metastatic spinal cord compression (a cancer history with neurological symptoms or radicular "
                    + "pain): contact the metastatic spinal cord compression coordinator (acute oncology) and the on-call "
                    + "spinal surgeon now. MRI of the whole spine as soon as possible, and within 24 hours.",
            List.of(Sources.GUIDE_CORD_COMPRESSION));
    public static final Recommendation ACTION_WITH_COMPRESSION = new Recommendation(
            "emergency.spinal-metastatic-compression.with-cord-or-cauda-equina", null,
            "Possible metastatic spinal cord compression with signs of cord or cauda equina compression: contact the "
                    + "metastatic spinal cord compression coordinator (acute oncology) and the on-call spinal surgeon now. "
                    + "MRI of the whole spine within 4 hours.",
            List.of(Sources.GUIDE_CORD_COMPRESSION, Sources.GUIDE_CAUDA_EQUINA));

    @Override
    public Flag flag() {
        return Flag.SPINAL_METASTATIC_COMPRESSION;
    }

    @Override
    public List<Citation> citations() {
        return CITATIONS;
    }

    @Override
    public List<String> findings(Evaluation evaluation) {
        CaseFacts f = evaluation.facts();
        if (!f.cancerHistory()) {
            return List.of();
        }
        List<String> found = null;
        for (String finding : f.neurologicalFindings()) {
            found = add(found, finding);
        }
        Sciatica sciatica = f.presentation().sciatica();
        if (sciatica != null && sciatica != Sciatica.NONE) {
            found = add(found, "sciatica=" + sciatica);
        }
        if (found == null) {
            return List.of();
        }
        found.addFirst("cancerHistory");
        return found;
    }

    /** The action for this result: the 4-hour whole-spine MRI when cord or cauda equina compression is raised too. */
    static Recommendation action(Evaluation evaluation) {
        return evaluation.hasAnyOf(Flag.CAUDA_EQUINA, Flag.CORD_COMPRESSION) ? ACTION_WITH_COMPRESSION : ACTION;
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(ACTION, ACTION_WITH_COMPRESSION);
    }
}
