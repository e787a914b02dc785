package org.spinepath.triage.engine.v1.rules;

import static org.spinepath.triage.engine.v1.rules.CaseFacts.yes;

import java.util.List;
import org.spinepath.triage.engine.v1.Flag;
import org.spinepath.triage.engine.v1.Investigation;
import org.spinepath.triage.engine.v1.Pathway;
import org.spinepath.triage.engine.v1.Recommendation;
import org.spinepath.triage.engine.v1.Urgency;
import org.spinepath.triage.engine.v1.catalogue.Cited;
import org.spinepath.triage.engine.v1.catalogue.Sources;

/**
 * pathways.md section 6, step 2: MALIGNANCY or INFECTION gives SERIOUS_PATHOLOGY_REFERRAL (URGENT), with
 * the work-up of each: malignancy: isotope bone scan, MRI, biopsy, X-ray for pedicle loss (visible only
 * after about half the bone mass is gone); infection: technetium bone scan, blood culture, X-ray;
 * spinal tuberculosis: anti-tuberculous chemotherapy with abscess drainage by the specialist.
 */
public final class SeriousPathologyPathway implements PathwayRule {

    public static final Recommendation MALIGNANCY_REFERRAL = new Recommendation("serious.malignancy.referral", null,
            "Suspected spinal malignancy: refer without delay, within 24 hours, to oncology and the spinal-metastasis "
                    + "coordinator.",
            List.of(Sources.SPT_REFERRAL, Sources.SPT_MALIGNANT_PAIN));
    public static final Recommendation MALIGNANCY_WORKUP = new Recommendation("serious.malignancy.workup", null,
            "Malignancy work-up: isotope bone scan, MRI and bone biopsy; an X-ray may show a vanished pedicle, "
                    + "but only once about half of the bone mass has been destroyed, so a normal film does not exclude a tumour.",
            List.of(Sources.SPT_MALIGNANT_PAIN));
    public static final Recommendation INFECTION_REFERRAL = new Recommendation("serious.infection.referral", null,
            "Suspected spinal infection: refer without delay, within 24 hours, to infectious disease and the spine "
                    + "service. Fever and a raised white cell count may be missing; the ESR is usually raised.",
            List.of(Sources.SPT_REFERRAL, Sources.SPT_PYOGENIC_INFECTION));
    public static final Recommendation INFECTION_WORKUP = new Recommendation("serious.infection.workup", null,
            "Infection work-up: technetium bone scan (the most useful study), blood culture, and an X-ray for bone "
                    + "erosion and a narrowed joint space.",
            List.of(Sources.SPT_PYOGENIC_INFECTION));
    public static final Recommendation TUBERCULOSIS_TREATMENT = new Recommendation("serious.tuberculosis.treatment", null,
            "Possible spinal tuberculosis: the specialist treats with anti-tuberculous chemotherapy and drains any "
                    + "abscess at the same time.",
            List.of(Sources.SPT_SPINAL_TUBERCULOSIS));

    public static final Investigation ISOTOPE_BONE_SCAN = new Investigation("imaging.isotope-bone-scan",
            "Isotope bone scan.", List.of(Sources.SPT_MALIGNANT_PAIN));
    public static final Investigation MRI_SPINE = new Investigation("imaging.mri.malignancy",
            "MRI of the spine.", List.of(Sources.SPT_MALIGNANT_PAIN));
    public static final Investigation BONE_BIOPSY = new Investigation("pathology.bone-biopsy",
            "Bone biopsy.", List.of(Sources.SPT_MALIGNANT_PAIN));
    public static final Investigation XRAY_PEDICLES = new Investigation("imaging.xray.pedicles",
            "X-ray for pedicle loss (visible only after about half of the bone mass is gone).",
            List.of(Sources.SPT_MALIGNANT_PAIN));
    public static final Investigation TECHNETIUM_BONE_SCAN = new Investigation("imaging.technetium-bone-scan",
            "Technetium bone scan.", List.of(Sources.SPT_PYOGENIC_INFECTION));
    public static final Investigation BLOOD_CULTURE = new Investigation("lab.order.blood-culture",
            "Blood culture.", List.of(Sources.SPT_PYOGENIC_INFECTION, Sources.SPT_LAB_DIFFERENTIAL));
    public static final Investigation XRAY_INFECTION = new Investigation("imaging.xray.infection",
            "X-ray for bone erosion and a narrowed joint space.", List.of(Sources.SPT_PYOGENIC_INFECTION));

    @Override
    public boolean apply(Evaluation evaluation) {
        boolean malignancy = evaluation.has(Flag.MALIGNANCY);
        boolean infection = evaluation.has(Flag.INFECTION);
        if (!malignancy && !infection) {
            return false;
        }
        evaluation.choosePathway(Pathway.SERIOUS_PATHOLOGY_REFERRAL, null, Urgency.URGENT);
        if (malignancy) {
            evaluation.recommend(MALIGNANCY_REFERRAL);
            evaluation.recommend(MALIGNANCY_WORKUP);
            evaluation.order(ISOTOPE_BONE_SCAN);
            evaluation.order(MRI_SPINE);
            evaluation.order(BONE_BIOPSY);
            evaluation.order(XRAY_PEDICLES);
        }
        if (infection) {
            evaluation.recommend(INFECTION_REFERRAL);
            evaluation.recommend(INFECTION_WORKUP);
            evaluation.order(TECHNETIUM_BONE_SCAN);
            evaluation.order(BLOOD_CULTURE);
            evaluation.order(XRAY_INFECTION);
            if (yes(evaluation.facts().labs().tuberculinPositive())) {
                evaluation.recommend(TUBERCULOSIS_TREATMENT);
            }
        }
        return true;
    }

    @Override
    public List<Cited> catalogueEntries() {
        return List.of(MALIGNANCY_REFERRAL, MALIGNANCY_WORKUP, INFECTION_REFERRAL, INFECTION_WORKUP, TUBERCULOSIS_TREATMENT,
                ISOTOPE_BONE_SCAN, MRI_SPINE, BONE_BIOPSY, XRAY_PEDICLES, TECHNETIUM_BONE_SCAN, BLOOD_CULTURE, XRAY_INFECTION);
    }
}
