package org.spinepath.triage.engine.v1.rules;

import java.util.List;
import org.spinepath.triage.engine.v1.DifferentialCategory;
import org.spinepath.triage.engine.v1.Investigation;
import org.spinepath.triage.engine.v1.Pathway;
import org.spinepath.triage.engine.v1.Recommendation;
import org.spinepath.triage.engine.v1.Urgency;
import org.spinepath.triage.engine.v1.catalogue.Cited;
import org.spinepath.triage.engine.v1.catalogue.Sources;
import org.spinepath.triage.engine.v1.model.TherapyResponse;
import org.spinepath.triage.engine.v1.model.TreatmentHistory;

/**
 * pathways.md section 6, step 6, MECHANICAL: MECHANICAL_BACK_PAIN, ROUTINE. Line 1, the acute phase:
 * rest flat on a firm mattress, no bending or lifting, paracetamol up to 4 g a day, naproxen 250 mg
 * every 8 hours after meals, heat, diazepam 2 mg every 8 hours (or tolperisone) if spasm persists,
 * physiotherapy; most improve on their own. Line 2, not improved after 2 weeks: X-ray, epidural,
 * corset, later a specialist. Then the regression phase. Also taken by back pain that no feature of the
 * differential table places anywhere (no category scores).
 */
public final class MechanicalBackPainPathway implements PathwayRule {

    public static final int LINE_2_AFTER_WEEKS = 2;
    public static final int LINE_2_AFTER_DAYS = 14;

    public static final Recommendation L1_REST = new Recommendation("mechanical.l1.rest", 1,
            "Rest lying flat on a firm mattress (a board under the mattress helps); avoid bending forward, lifting, "
                    + "reaching up and low chairs, and get out of bed carefully.",
            List.of(Sources.SPT_MECHANICAL_PAIN));
    public static final Recommendation L1_PARACETAMOL = new Recommendation("mechanical.l1.paracetamol", 1,
            "Paracetamol by mouth, up to 4 g a day.",
            List.of(Sources.SPT_MECHANICAL_PAIN));
    public static final Recommendation L1_NSAID = new Recommendation("mechanical.l1.nsaid", 1,
            "An NSAID such as naproxen 250 mg by mouth every 8 hours, after meals.",
            List.of(Sources.SPT_MECHANICAL_PAIN));
    public static final Recommendation L1_HEAT = new Recommendation("mechanical.l1.heat", 1,
            "Local heat.",
            List.of(Sources.SPT_MECHANICAL_PAIN, Sources.SPT_TREATMENT_PHASES));
    public static final Recommendation L1_MUSCLE_RELAXANT = new Recommendation("mechanical.l1.muscle-relaxant", 1,
            "If muscle spasm persists: diazepam 2 mg by mouth every 8 hours, or tolperisone 100 mg intramuscularly "
                    + "twice daily followed by 150 mg by mouth three times daily.",
            List.of(Sources.SPT_MECHANICAL_PAIN, Sources.SPT_TREATMENT_PHASES));
    public static final Recommendation L1_PHYSIOTHERAPY = new Recommendation("mechanical.l1.physiotherapy", 1,
            "Physiotherapy in the acute phase to ease pain and spasm, then instruction on getting up and exercises "
                    + "that strengthen the back muscles.",
            List.of(Sources.SPT_MECHANICAL_PAIN));
    public static final Recommendation L1_PROGNOSIS = new Recommendation("mechanical.l1.prognosis", 1,
            "Most patients improve without any specific treatment: 70% within 3 weeks and 90% within 6 weeks. "
                    + "Review after 2 weeks.",
            List.of(Sources.SPT_EPIDEMIOLOGY));
    public static final Recommendation L2_XRAY_EPIDURAL_CORSET = new Recommendation("mechanical.l2.xray-epidural-corset", 2,
            "Not improved after 2 weeks: consider an X-ray, an epidural and a corset.",
            List.of(Sources.SPT_MECHANICAL_PAIN));
    public static final Recommendation L2_SPECIALIST = new Recommendation("mechanical.l2.specialist", 2,
            "If the pain still does not settle, ask a specialist to clarify the diagnosis and the treatment.",
            List.of(Sources.SPT_MECHANICAL_PAIN));
    public static final Recommendation REGRESSION_PHASE = new Recommendation("mechanical.regression-phase", 1,
            "Once the acute phase settles (regression phase): manual therapy, stretching, traction, massage, "
                    + "electrotherapy, acupuncture, therapeutic exercise, a rehabilitation programme and a new, "
                    + "individually chosen motor regimen.",
            List.of(Sources.SPT_TREATMENT_PHASES));

    public static final Investigation XRAY = new Investigation("imaging.xray.mechanical",
            "X-ray of the lumbar spine if the pain has not improved after 2 weeks.",
            List.of(Sources.SPT_MECHANICAL_PAIN));

    @Override
    public boolean apply(Evaluation evaluation) {
        DifferentialCategory category = evaluation.category();
        if (!evaluation.facts().hasBackPain() || (category != null && category != DifferentialCategory.MECHANICAL)) {
            return false;
        }
        if (notImprovedAfterTwoWeeks(evaluation.facts())) {
            evaluation.choosePathway(Pathway.MECHANICAL_BACK_PAIN, 2, Urgency.ROUTINE);
            evaluation.recommend(L2_XRAY_EPIDURAL_CORSET);
            evaluation.recommend(L2_SPECIALIST);
            evaluation.order(XRAY);
        } else {
            evaluation.choosePathway(Pathway.MECHANICAL_BACK_PAIN, 1, Urgency.ROUTINE);
            evaluation.recommend(L1_REST);
            evaluation.recommend(L1_PARACETAMOL);
            evaluation.recommend(L1_NSAID);
            evaluation.recommend(L1_HEAT);
            evaluation.recommend(L1_MUSCLE_RELAXANT);
            evaluation.recommend(L1_PHYSIOTHERAPY);
            evaluation.recommend(L1_PROGNOSIS);
        }
        evaluation.recommend(REGRESSION_PHASE);
        return true;
    }

    /**
     * Two weeks or more of treatment without resolution, or, when no treatment is recorded, pain for 14 days
     * or more that has not resolved.
     */
    static boolean notImprovedAfterTwoWeeks(CaseFacts f) {
        TreatmentHistory t = f.treatment();
        if (t.conservativeResponse() == TherapyResponse.RESOLVED) {
            return false;
        }
        Integer weeks = t.conservativeTherapyWeeks();
        if (weeks != null) {
            return weeks >= LINE_2_AFTER_WEEKS;
        }
        Integer days = f.presentation().durationDays();
        return days != null && days >= LINE_2_AFTER_DAYS;
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(L1_REST, L1_PARACETAMOL, L1_NSAID, L1_HEAT, L1_MUSCLE_RELAXANT, L1_PHYSIOTHERAPY, L1_PROGNOSIS,
                L2_XRAY_EPIDURAL_CORSET, L2_SPECIALIST, REGRESSION_PHASE, XRAY);
    }
}
