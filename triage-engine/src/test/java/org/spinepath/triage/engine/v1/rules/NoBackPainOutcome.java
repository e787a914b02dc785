package org.spinepath.triage.engine.v1.rules;

import java.util.List;
import org.spinepath.triage.engine.v1.Recommendation;
import org.spinepath.triage.engine.v1.Urgency;
import org.spinepath.triage.engine.v1.catalogue.Cited;
import org.spinepath.triage.engine.v1.catalogue.Sources;

/**
 * When no step of section 6 applies, which happens only to an asymptomatic case without a node, a disc
 * herniation or a flag that leads to a pathway: no pathway, SELF_CARE, and a safety net.
 */
public final class NoBackPainOutcome implements PathwayRule {

    public static final Recommendation REASSESS = new Recommendation("no-back-pain.reassess", null,
            "No back pain is reported, so no spinal treatment is needed; reassess if pain or a warning sign appears.",
            List.of(Sources.SPT_WARNING_SIGNS));

    @Override
    public boolean apply(Evaluation evaluation) {
        evaluation.choosePathway(null, null, Urgency.SELF_CARE);
        evaluation.recommend(REASSESS);
        return true;
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(REASSESS);
    }
}
