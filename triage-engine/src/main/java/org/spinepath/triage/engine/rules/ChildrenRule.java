package org.spinepath.triage.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.spinepath.triage.engine.Caution;
import org.spinepath.triage.engine.Recommendation;
import org.spinepath.triage.engine.Urgency;
import org.spinepath.triage.engine.catalogue.Cited;
import org.spinepath.triage.engine.catalogue.Sources;

/**
 * pathways.md section 4 (after AGE_RISK) and section 7, patients under 16. The guidance behind these rules is
 * for adults (a product decision): a child with back pain is at least SOON with an assessment by paediatric
 * services; no child is recommended a drug or a dose, each drug recommendation being replaced by "assess with
 * paediatric services"; and every result for a child carries the caution.
 */
public final class ChildrenRule {

    /**
     * The recommendations that name a medicine (or an injection of one): the adult doses and drugs that a child
     * is not given by these rules.
     */
    public static final Set<String> DRUG_RECOMMENDATIONS = Set.of(
            MechanicalBackPainPathway.L1_PARACETAMOL.id(),
            MechanicalBackPainPathway.L1_NSAID.id(),
            MechanicalBackPainPathway.L1_MUSCLE_RELAXANT.id(),
            MechanicalBackPainPathway.L2_XRAY_EPIDURAL_CORSET.id(),
            SchmorlNodePathway.L1_NSAID.id(),
            SchmorlNodePathway.L1_MUSCLE_RELAXANT.id(),
            SchmorlNodePathway.L1_OPIOID.id(),
            SchmorlNodePathway.L2_EPIDURAL_STEROID.id(),
            SoftTissuePainPathway.ANTIDEPRESSANT.id(),
            SeriousPathologyPathway.TUBERCULOSIS_TREATMENT.id());

    public static final Recommendation PAEDIATRIC_ASSESSMENT = new Recommendation("children.paediatric-assessment", null,
            "A child under 16 with back pain: arrange assessment with paediatric services within weeks; back pain "
                    + "at this age more often has a serious cause than in adults.",
            List.of(Sources.GUIDE_CHILDREN, Sources.SPT_EPIDEMIOLOGY));
    public static final Recommendation NO_ADULT_DRUGS = new Recommendation("children.no-adult-drugs", null,
            "Medicines: assess with paediatric services. The adult drugs and doses of this pathway are not "
                    + "recommended for a child under 16.",
            List.of(Sources.GUIDE_CHILDREN));
    public static final Caution CAUTION = new Caution("caution.children",
            "This patient is under 16. The guidance behind these rules is written for adults: assess with paediatric "
                    + "services, and do not apply adult drug doses.",
            List.of(Sources.GUIDE_CHILDREN));

    private ChildrenRule() {
    }

    /** SOON for a child with back pain; otherwise nothing (SELF_CARE imposes nothing). */
    public static Urgency minimumUrgency(CaseFacts f) {
        return f.child() && f.hasBackPain() ? Urgency.SOON : Urgency.SELF_CARE;
    }

    /** Replaces every drug recommendation by one "assess with paediatric services", where the first one stood. */
    public static void apply(Evaluation evaluation) {
        CaseFacts f = evaluation.facts();
        if (!f.child()) {
            return;
        }
        if (f.hasBackPain()) {
            evaluation.recommend(PAEDIATRIC_ASSESSMENT);
        }
        List<Recommendation> rewritten = new ArrayList<>(evaluation.recommendations().size());
        boolean replaced = false;
        for (Recommendation recommendation : evaluation.recommendations()) {
            if (!DRUG_RECOMMENDATIONS.contains(recommendation.id())) {
                rewritten.add(recommendation);
            } else if (!replaced) {
                rewritten.add(NO_ADULT_DRUGS);
                replaced = true;
            }
        }
        if (replaced) {
            evaluation.replaceRecommendations(rewritten);
        }
    }

    static List<Cited> catalogueEntries() {
        return List.of(PAEDIATRIC_ASSESSMENT, NO_ADULT_DRUGS, CAUTION);
    }
}
