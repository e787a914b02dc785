package org.spinepath.triage.engine.v1.rules;

import static org.spinepath.triage.engine.v1.rules.CaseFacts.yes;
import static org.spinepath.triage.engine.v1.rules.FlagRule.add;

import java.util.List;
import org.spinepath.triage.engine.v1.Flag;
import org.spinepath.triage.engine.v1.Investigation;
import org.spinepath.triage.engine.v1.Recommendation;
import org.spinepath.triage.engine.v1.catalogue.Cited;
import org.spinepath.triage.engine.v1.catalogue.Citation;
import org.spinepath.triage.engine.v1.catalogue.Sources;
import org.spinepath.triage.engine.v1.model.Trauma;

/**
 * pathways.md section 4, FRACTURE (SOON, no notification): major trauma, or minor trauma with
 * osteoporosis, long-term steroids or age above 70. Investigation: X-ray.
 */
public final class FractureRule implements FlagRule {

    public static final int AGE_ABOVE = 70;

    public static final List<Citation> CITATIONS = List.of(Sources.SPT_DIFFERENTIAL_TABLE, Sources.SNI_PITFALLS);

    public static final Investigation XRAY = new Investigation("imaging.xray.fracture",
            "Plain X-ray of the painful spinal segment for a vertebral fracture.", CITATIONS);

    public static final Recommendation ACTION = new Recommendation("fracture.xray", null,
            "Possible vertebral fracture after trauma: obtain an X-ray of the spine within days. On MRI, do not "
                    + "mistake an acute Schmorl's node for a compression fracture.",
            CITATIONS);

    @Override
    public Flag flag() {
        return Flag.FRACTURE;
    }

    @Override
    public List<Citation> citations() {
        return CITATIONS;
    }

    @Override
    public List<String> findings(Evaluation evaluation) {
        CaseFacts f = evaluation.facts();
        Trauma trauma = f.history().recentTrauma();
        if (trauma == Trauma.MAJOR) {
            return List.of("recentTrauma=MAJOR");
        }
        if (trauma != Trauma.MINOR) {
            return List.of();
        }
        List<String> companions = null;
        if (yes(f.history().osteoporosis())) {
            companions = add(companions, "osteoporosis");
        }
        if (yes(f.history().longTermSteroids())) {
            companions = add(companions, "longTermSteroids");
        }
        if (f.ageAbove(AGE_ABOVE)) {
            companions = add(companions, f.ageFinding(">" + AGE_ABOVE));
        }
        if (companions == null) {
            return List.of();
        }
        companions.addFirst("recentTrauma=MINOR");
        return companions;
    }

    @Override
    public void addActions(Evaluation evaluation) {
        evaluation.recommend(ACTION);
        evaluation.order(XRAY);
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(ACTION, XRAY);
    }
}
