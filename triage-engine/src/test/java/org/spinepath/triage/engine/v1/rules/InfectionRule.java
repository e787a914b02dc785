package org.spinepath.triage.engine.v1.rules;

import static org.spinepath.triage.engine.v1.rules.CaseFacts.yes;
import static org.spinepath.triage.engine.v1.rules.FlagRule.add;

import java.util.List;
import org.spinepath.triage.engine.v1.DifferentialCategory;
import org.spinepath.triage.engine.v1.Flag;
import org.spinepath.triage.engine.v1.catalogue.Citation;
import org.spinepath.triage.engine.v1.catalogue.Sources;

/**
 * pathways.md section 4, INFECTION (URGENT, referral WITHOUT_DELAY), when any of:
 * <ul>
 * <li>a positive blood culture (sepsis with osteomyelitis or abscess);</li>
 * <li>a positive tuberculin test with ESR above 25, kyphosis or a paravertebral abscess (spinal
 * tuberculosis);</li>
 * <li>fever with ESR above 25 or localized bone tenderness;</li>
 * <li>IV drug use or immunosuppression with fever, ESR above 25 or localized bone tenderness (fever and
 * leukocytosis may be absent, the ESR is often raised);</li>
 * <li>a paravertebral abscess on imaging;</li>
 * <li>the focal infiltrative pattern scoring 6 or more with any infection sign.</li>
 * </ul>
 */
public final class InfectionRule implements FlagRule {

    public static final List<Citation> CITATIONS = List.of(Sources.SPT_PYOGENIC_INFECTION, Sources.SPT_SPINAL_TUBERCULOSIS,
            Sources.SPT_LAB_DIFFERENTIAL, Sources.SPT_REFERRAL);

    @Override
    public Flag flag() {
        return Flag.INFECTION;
    }

    @Override
    public List<Citation> citations() {
        return CITATIONS;
    }

    @Override
    public List<String> findings(Evaluation evaluation) {
        CaseFacts f = evaluation.facts();
        boolean esrRaised = f.esrRaised();
        boolean boneTenderness = yes(f.presentation().localizedBoneTenderness());
        boolean fever = yes(f.systemic().fever());
        List<String> found = null;

        if (yes(f.labs().bloodCulturePositive())) {
            found = add(found, "bloodCulturePositive");
        }
        if (tuberculosisCriterion(f)) {
            found = add(found, "tuberculinPositive");
            if (esrRaised) {
                found = add(found, f.esrFinding());
            }
            if (yes(f.imaging().kyphosis())) {
                found = add(found, "kyphosis");
            }
            if (yes(f.imaging().paravertebralAbscess())) {
                found = add(found, "paravertebralAbscess");
            }
        }
        if (fever && (esrRaised || boneTenderness)) {
            found = add(found, "fever");
            if (esrRaised) {
                found = add(found, f.esrFinding());
            }
            if (boneTenderness) {
                found = add(found, "localizedBoneTenderness");
            }
        }
        boolean ivDrugUse = yes(f.history().ivDrugUse());
        boolean immunosuppression = yes(f.history().immunosuppression());
        if ((ivDrugUse || immunosuppression) && (fever || esrRaised || boneTenderness)) {
            if (ivDrugUse) {
                found = add(found, "ivDrugUse");
            }
            if (immunosuppression) {
                found = add(found, "immunosuppression");
            }
            if (fever) {
                found = add(found, "fever");
            }
            if (esrRaised) {
                found = add(found, f.esrFinding());
            }
            if (boneTenderness) {
                found = add(found, "localizedBoneTenderness");
            }
        }
        if (yes(f.imaging().paravertebralAbscess())) {
            found = add(found, "paravertebralAbscess");
        }
        int focal = evaluation.scores().of(DifferentialCategory.FOCAL_INFILTRATIVE);
        if (focal >= DifferentialTable.FOCAL_INFILTRATIVE_REFERRAL_SCORE && hasInfectionSign(f)) {
            found = add(found, DifferentialTable.focalInfiltrativeFinding(focal));
            found = addInfectionSigns(f, found);
        }
        return FlagRule.orEmpty(found);
    }

    /** A positive tuberculin test with ESR above 25, kyphosis or a paravertebral abscess. */
    public static boolean tuberculosisCriterion(CaseFacts f) {
        return yes(f.labs().tuberculinPositive())
                && (f.esrRaised() || yes(f.imaging().kyphosis()) || yes(f.imaging().paravertebralAbscess()));
    }

    /**
     * An "infection sign", which decides whether a focal infiltrative pattern scoring 6 or more is
     * MALIGNANCY or INFECTION: fever, a positive blood culture or tuberculin test, a paravertebral
     * abscess, or a risk of infection (IV drug use, immunosuppression, tuberculosis exposure). A raised
     * ESR is not one: it points to tumour as much as to infection.
     */
    public static boolean hasInfectionSign(CaseFacts f) {
        return yes(f.systemic().fever())
                || yes(f.labs().bloodCulturePositive())
                || yes(f.labs().tuberculinPositive())
                || yes(f.imaging().paravertebralAbscess())
                || yes(f.history().ivDrugUse())
                || yes(f.history().immunosuppression())
                || yes(f.history().tuberculosisExposure());
    }

    private static List<String> addInfectionSigns(CaseFacts f, List<String> found) {
        List<String> list = found;
        if (yes(f.systemic().fever())) {
            list = add(list, "fever");
        }
        if (yes(f.labs().bloodCulturePositive())) {
            list = add(list, "bloodCulturePositive");
        }
        if (yes(f.labs().tuberculinPositive())) {
            list = add(list, "tuberculinPositive");
        }
        if (yes(f.imaging().paravertebralAbscess())) {
            list = add(list, "paravertebralAbscess");
        }
        if (yes(f.history().ivDrugUse())) {
            list = add(list, "ivDrugUse");
        }
        if (yes(f.history().immunosuppression())) {
            list = add(list, "immunosuppression");
        }
        if (yes(f.history().tuberculosisExposure())) {
            list = add(list, "tuberculosisExposure");
        }
        return list;
    }
}
