package org.spinepath.triage.engine.rules;

import static org.spinepath.triage.engine.rules.CaseFacts.yes;
import static org.spinepath.triage.engine.rules.FlagRule.add;

import java.util.List;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Investigation;
import org.spinepath.triage.engine.Recommendation;
import org.spinepath.triage.engine.Urgency;
import org.spinepath.triage.engine.catalogue.Cited;
import org.spinepath.triage.engine.catalogue.Citation;
import org.spinepath.triage.engine.catalogue.Sources;
import org.spinepath.triage.engine.model.Trauma;

/**
 * pathways.md section 4, FRACTURE (no notification), when any of:
 * <ul>
 * <li>major trauma: EMERGENCY, the emergency department now with imaging under the trauma protocol (the
 * trauma protocol calls the trauma team, so no referral message is sent);</li>
 * <li>minor trauma with osteoporosis, long-term steroids or age above 70: SOON, X-ray;</li>
 * <li>with or without trauma, sudden severe pain or localized bone tenderness with osteoporosis,
 * long-term steroids or age above 70 (an osteoporotic fracture): SOON, imaging, with MRI to tell an
 * osteoporotic from a malignant collapse.</li>
 * </ul>
 */
public final class FractureRule implements FlagRule {

    public static final int AGE_ABOVE = 70;

    public static final List<Citation> CITATIONS = List.of(Sources.SPT_DIFFERENTIAL_TABLE, Sources.SNI_PITFALLS,
            Sources.GUIDE_FRACTURE);

    public static final Investigation XRAY = new Investigation("imaging.xray.fracture",
            "Plain X-ray of the painful spinal segment for a vertebral fracture.",
            List.of(Sources.SPT_DIFFERENTIAL_TABLE, Sources.SNI_PITFALLS));
    public static final Investigation TRAUMA_IMAGING = new Investigation("imaging.trauma-protocol",
            "Imaging of the spine in the emergency department under the trauma protocol.",
            List.of(Sources.GUIDE_FRACTURE));
    public static final Investigation OSTEOPOROTIC_IMAGING = new Investigation("imaging.osteoporotic-fracture",
            "Imaging of the painful segment for an osteoporotic fracture; MRI tells an osteoporotic collapse from a "
                    + "malignant one.",
            List.of(Sources.GUIDE_FRACTURE, Sources.SNI_PITFALLS));

    public static final Recommendation ACTION = new Recommendation("fracture.xray", null,
            "Possible vertebral fracture after trauma: obtain an X-ray of the spine within days. On MRI, do not "
                    + "mistake an acute Schmorl's node for a compression fracture.",
            List.of(Sources.SPT_DIFFERENTIAL_TABLE, Sources.SNI_PITFALLS));
    public static final Recommendation MAJOR_TRAUMA = new Recommendation("fracture.major-trauma", null,
            "Spinal pain after major trauma: send the patient to the emergency department now, immobilised, for "
                    + "assessment and imaging under the trauma protocol. The trauma team is called by that protocol; "
                    + "SpinePath sends no referral message for it.",
            List.of(Sources.GUIDE_FRACTURE));
    public static final Recommendation OSTEOPOROTIC = new Recommendation("fracture.osteoporotic", null,
            "Possible osteoporotic vertebral fracture, which needs no trauma: image the painful segment within weeks "
                    + "and use MRI to tell an osteoporotic from a malignant collapse.",
            List.of(Sources.GUIDE_FRACTURE, Sources.SNI_PITFALLS));

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
        List<String> fragility = fragility(f);
        if (fragility.isEmpty()) {
            return List.of();
        }
        List<String> found = null;
        if (trauma == Trauma.MINOR) {
            found = add(found, "recentTrauma=MINOR");
        }
        if (yes(f.presentation().suddenSeverePain())) {
            found = add(found, "suddenSeverePain");
        }
        if (yes(f.presentation().localizedBoneTenderness())) {
            found = add(found, "localizedBoneTenderness");
        }
        if (found == null) {
            return List.of();
        }
        for (String finding : fragility) {
            found = add(found, finding);
        }
        return found;
    }

    /** Osteoporosis, long-term steroids or age above 70: what makes a minor injury, or none, fracture a vertebra. */
    private static List<String> fragility(CaseFacts f) {
        List<String> found = null;
        if (yes(f.history().osteoporosis())) {
            found = add(found, "osteoporosis");
        }
        if (yes(f.history().longTermSteroids())) {
            found = add(found, "longTermSteroids");
        }
        if (f.ageAbove(AGE_ABOVE)) {
            found = add(found, f.ageFinding(">" + AGE_ABOVE));
        }
        return FlagRule.orEmpty(found);
    }

    public static boolean majorTrauma(CaseFacts f) {
        return f.history().recentTrauma() == Trauma.MAJOR;
    }

    @Override
    public Urgency urgency(Evaluation evaluation) {
        return majorTrauma(evaluation.facts()) ? Urgency.EMERGENCY : Urgency.SOON;
    }

    @Override
    public void addActions(Evaluation evaluation) {
        CaseFacts f = evaluation.facts();
        if (majorTrauma(f)) {
            evaluation.recommend(MAJOR_TRAUMA);
            evaluation.order(TRAUMA_IMAGING);
            return;
        }
        if (f.history().recentTrauma() == Trauma.MINOR) {
            evaluation.recommend(ACTION);
            evaluation.order(XRAY);
        }
        if (yes(f.presentation().suddenSeverePain()) || yes(f.presentation().localizedBoneTenderness())) {
            evaluation.recommend(OSTEOPOROTIC);
            evaluation.order(OSTEOPOROTIC_IMAGING);
        }
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(ACTION, MAJOR_TRAUMA, OSTEOPOROTIC, XRAY, TRAUMA_IMAGING, OSTEOPOROTIC_IMAGING);
    }
}
