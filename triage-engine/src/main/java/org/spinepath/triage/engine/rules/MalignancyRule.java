package org.spinepath.triage.engine.rules;

import static org.spinepath.triage.engine.rules.CaseFacts.yes;
import static org.spinepath.triage.engine.rules.FlagRule.add;

import java.util.List;
import org.spinepath.triage.engine.DifferentialCategory;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.catalogue.Citation;
import org.spinepath.triage.engine.catalogue.Sources;
import org.spinepath.triage.engine.model.NightPain;
import org.spinepath.triage.engine.model.PainRegion;
import org.spinepath.triage.engine.model.PainResponse;
import org.spinepath.triage.engine.model.Presentation;

/**
 * pathways.md section 4, MALIGNANCY (URGENT, referral WITHOUT_DELAY), when any of:
 * <ul>
 * <li>imaging: pedicle disappearance, bone destruction, or vertebral collapse with a cancer history;</li>
 * <li>labs: a serum protein electrophoresis peak (myeloma) or a raised PSA (prostate cancer);</li>
 * <li>a cancer history with progressive pain, pain unchanged or worse at rest, severe night pain,
 * localized bone tenderness, weight loss, ESR above 25 mm/h, raised alkaline phosphatase, thoracic,
 * cervical or multiple-region pain, or pain worse on straining;</li>
 * <li>without a cancer history, weight loss with age above 55, severe night pain or pain unchanged or
 * worse at rest;</li>
 * <li>the focal infiltrative pattern scoring 6 or more with no infection sign.</li>
 * </ul>
 */
public final class MalignancyRule implements FlagRule {

    public static final int AGE_ABOVE = 55;

    public static final List<Citation> CITATIONS = List.of(Sources.SPT_MALIGNANT_PAIN, Sources.SPT_WARNING_SIGNS,
            Sources.SPT_LAB_DIFFERENTIAL, Sources.SPT_REFERRAL, Sources.GUIDE_CORD_COMPRESSION);

    @Override
    public Flag flag() {
        return Flag.MALIGNANCY;
    }

    @Override
    public List<Citation> citations() {
        return CITATIONS;
    }

    @Override
    public List<String> findings(Evaluation evaluation) {
        CaseFacts f = evaluation.facts();
        Presentation p = f.presentation();
        boolean cancerHistory = yes(f.history().cancerHistory());
        List<String> found = null;

        if (yes(f.imaging().pedicleDisappearance())) {
            found = add(found, "pedicleDisappearance");
        }
        if (yes(f.imaging().boneDestruction())) {
            found = add(found, "boneDestruction");
        }
        if (yes(f.imaging().vertebralCollapse()) && cancerHistory) {
            found = add(found, "vertebralCollapse");
            found = add(found, "cancerHistory");
        }

        if (yes(f.labs().serumProteinElectrophoresisPeak())) {
            found = add(found, "serumProteinElectrophoresisPeak");
        }
        if (yes(f.labs().psaElevated())) {
            found = add(found, "psaElevated");
        }

        if (cancerHistory) {
            List<String> companions = null;
            if (yes(p.progressivePain())) {
                companions = add(companions, "progressivePain");
            }
            if (p.painWithRest() == PainResponse.UNCHANGED || p.painWithRest() == PainResponse.WORSE) {
                companions = add(companions, "painWithRest=" + p.painWithRest());
            }
            if (p.nightPain() == NightPain.SEVERE) {
                companions = add(companions, "nightPain=SEVERE");
            }
            if (yes(p.localizedBoneTenderness())) {
                companions = add(companions, "localizedBoneTenderness");
            }
            if (yes(f.systemic().weightLoss())) {
                companions = add(companions, "weightLoss");
            }
            if (f.esrRaised()) {
                companions = add(companions, f.esrFinding());
            }
            if (yes(f.labs().alkalinePhosphataseElevated())) {
                companions = add(companions, "alkalinePhosphataseElevated");
            }
            PainRegion region = p.painRegion();
            if (region == PainRegion.THORACIC || region == PainRegion.CERVICAL || region == PainRegion.MULTIPLE) {
                companions = add(companions, "painRegion=" + region);
            }
            if (yes(p.painWorseOnStraining())) {
                companions = add(companions, "painWorseOnStraining");
            }
            if (companions != null) {
                found = add(found, "cancerHistory");
                for (String companion : companions) {
                    found = add(found, companion);
                }
            }
        } else if (yes(f.systemic().weightLoss())) {
            // "No cancer history" covers an unknown one too: with a known history, weight loss alone is enough above.
            List<String> companions = null;
            if (f.ageAbove(AGE_ABOVE)) {
                companions = add(companions, f.ageFinding(">" + AGE_ABOVE));
            }
            if (p.nightPain() == NightPain.SEVERE) {
                companions = add(companions, "nightPain=SEVERE");
            }
            if (p.painWithRest() == PainResponse.UNCHANGED || p.painWithRest() == PainResponse.WORSE) {
                companions = add(companions, "painWithRest=" + p.painWithRest());
            }
            if (companions != null) {
                found = add(found, "weightLoss");
                for (String companion : companions) {
                    found = add(found, companion);
                }
            }
        }

        int focal = evaluation.scores().of(DifferentialCategory.FOCAL_INFILTRATIVE);
        if (focal >= DifferentialTable.FOCAL_INFILTRATIVE_REFERRAL_SCORE && !InfectionRule.hasInfectionSign(f)) {
            found = add(found, DifferentialTable.focalInfiltrativeFinding(focal));
        }
        return FlagRule.orEmpty(found);
    }
}
