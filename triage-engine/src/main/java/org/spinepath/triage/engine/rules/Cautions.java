package org.spinepath.triage.engine.rules;

import static org.spinepath.triage.engine.rules.CaseFacts.yes;

import java.util.List;
import org.spinepath.triage.engine.CaudaEquinaStage;
import org.spinepath.triage.engine.Caution;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.RaisedFlag;
import org.spinepath.triage.engine.Recommendation;
import org.spinepath.triage.engine.RedFlagGroupScreen;
import org.spinepath.triage.engine.catalogue.Cited;
import org.spinepath.triage.engine.catalogue.Sources;
import org.spinepath.triage.engine.model.PainResponse;
import org.spinepath.triage.engine.model.Sciatica;

/** pathways.md section 7: the cautions a result carries when they apply, in the order of that section. */
public final class Cautions {

    /** A source conflict: shown with both citations whenever an opioid is recommended. */
    public static final Caution OPIOID_CONFLICT = new Caution("caution.opioid-source-conflict",
            "The sources disagree on opioids: the Schmorl's node guideline allows short-term opioid analgesia for "
                    + "severe pain, while the spinal pain treatment review counts opioids among treatment errors. "
                    + "Weigh both before prescribing, and keep any opioid course short.",
            List.of(Sources.SNM_FIRST_LINE, Sources.SPT_TREATMENT_ERRORS));
    public static final Caution ASYMPTOMATIC_NODE = new Caution("caution.schmorl.asymptomatic-node",
            "An asymptomatic Schmorl's node needs no follow-up imaging and no operation.",
            List.of(Sources.SNI_PITFALLS, Sources.SNM_PEARLS_AND_PITFALLS));
    public static final Caution DO_NOT_ATTRIBUTE = new Caution("caution.schmorl.do-not-attribute",
            "Do not attribute this non-specific back pain to the incidental Schmorl's node: without MRI evidence of "
                    + "acute bone marrow edema the node does not explain it, and the pain is assessed on its own.",
            List.of(Sources.SNI_PITFALLS, Sources.SNI_WHEN_RELEVANT));
    public static final Caution NODE_DIFFERENTIAL = new Caution("caution.schmorl.differential",
            "Do not confuse an acute symptomatic Schmorl's node with a compression fracture, a tumour or an "
                    + "infection: the MRI signal and the endplate defect tell them apart.",
            List.of(Sources.SNI_PITFALLS, Sources.SNM_DIAGNOSTIC, Sources.SNM_PEARLS_AND_PITFALLS));
    public static final Caution NO_RUSH_TO_INTERVENTION = new Caution("caution.schmorl.no-rush-to-intervention",
            "Do not rush to interventional procedures: conservative care succeeds in most symptomatic cases.",
            List.of(Sources.SNI_PITFALLS, Sources.SNM_PEARLS_AND_PITFALLS));
    public static final Caution REST_ACTIVITY_PATTERN = new Caution("caution.rest-activity-pattern",
            "Pain brought on by activity and relieved by rest is rarely malignant; pain that rest does not relieve "
                    + "or that is worse at rest raises the suspicion.",
            List.of(Sources.SPT_WARNING_SIGNS));
    public static final Caution AGE_RISK = new Caution("caution.age-risk",
            "Age below 20 or above 55: serious spinal pathology (tumour, infection, inflammatory disease) is more "
                    + "frequent, 11% under 20 and 19% over 55 against 3% between 20 and 55; screen with an ESR.",
            List.of(Sources.SPT_EPIDEMIOLOGY));
    public static final Caution SCHMORL_WEAK_EVIDENCE = new Caution("caution.schmorl.weak-evidence",
            "Treatment of symptomatic Schmorl's nodes rests on weak evidence: guidelines, observational studies and "
                    + "case reports; the 2012 European Spine Journal review it relies on found no established treatment.",
            List.of(Sources.SNM_EVIDENCE));

    public static final Caution CAUDA_EQUINA_SAFETY_NET = new Caution("caution.cauda-equina-safety-net",
            "Cauda equina safety-net: tell the patient to go to an emergency department at once if any of these "
                    + "appears: numbness between the legs or around the back passage; new trouble passing or holding "
                    + "urine or stool; new numbness of the genitals or new sexual dysfunction; weakness or numbness in "
                    + "both legs. Give this advice in writing as well.",
            List.of(Sources.SPT_CENTRAL_DISC_PROLAPSE, Sources.GUIDE_CAUDA_EQUINA));
    public static final Caution UPPER_MOTOR_NEURON_SIGNS = new Caution("caution.upper-motor-neuron-signs",
            "Upper motor neuron signs or a myelopathy pattern (clumsy hands with a disturbed gait) that raise no flag "
                    + "here because they are not known to be new: if they are new, treat them as spinal cord compression, "
                    + "an emergency. Record when they began and whether they are worsening.",
            List.of(Sources.GUIDE_CORD_COMPRESSION, Sources.SPT_SURGERY_INDICATIONS));

    private Cautions() {
    }

    /** Adds the cautions that apply, in the order of section 7, once the screen is known. */
    public static void apply(Evaluation evaluation, List<RedFlagGroupScreen> screen) {
        CaseFacts f = evaluation.facts();
        for (Recommendation recommendation : evaluation.recommendations()) {
            if (SchmorlNodePathway.OPIOID_RECOMMENDATIONS.contains(recommendation.id())) {
                evaluation.caution(OPIOID_CONFLICT);
                break;
            }
        }
        boolean nodes = !f.schmorlNodes().isEmpty();
        boolean symptomaticNode = nodes && SchmorlNodePathway.anySymptomatic(f);
        if (nodes && !symptomaticNode) {
            evaluation.caution(ASYMPTOMATIC_NODE);
            if (f.hasBackPain()) {
                evaluation.caution(DO_NOT_ATTRIBUTE);
            }
        }
        if (symptomaticNode || (nodes && (evaluation.has(Flag.FRACTURE) || evaluation.has(Flag.MALIGNANCY)
                || evaluation.has(Flag.INFECTION)))) {
            evaluation.caution(NODE_DIFFERENTIAL);
        }
        if (evaluation.pathway() == Pathway.SCHMORL_SYMPTOMATIC) {
            evaluation.caution(NO_RUSH_TO_INTERVENTION);
        }
        PainResponse rest = f.presentation().painWithRest();
        PainResponse activity = f.presentation().painWithActivity();
        if (evaluation.has(Flag.MALIGNANCY) || (f.hasBackPain() && (rest != null || activity != null))) {
            evaluation.caution(REST_ACTIVITY_PATTERN);
        }
        if (evaluation.has(Flag.AGE_RISK)) {
            evaluation.caution(AGE_RISK);
        }
        if (evaluation.pathway() == Pathway.SCHMORL_SYMPTOMATIC) {
            evaluation.caution(SCHMORL_WEAK_EVIDENCE);
        }
        Sciatica sciatica = f.presentation().sciatica();
        boolean suspectedCaudaEquina = false;
        for (RaisedFlag raised : evaluation.flags()) {
            suspectedCaudaEquina |= raised.flag() == Flag.CAUDA_EQUINA && raised.stage() == CaudaEquinaStage.SUSPECTED;
        }
        if ((sciatica != null && sciatica != Sciatica.NONE) || f.imaging().discHerniation() != null || suspectedCaudaEquina) {
            evaluation.caution(CAUDA_EQUINA_SAFETY_NET);
        }
        RedFlagScreen.caution(evaluation, screen);
        if (f.child()) {
            evaluation.caution(ChildrenRule.CAUTION);
        }
        GuidanceConflicts.apply(evaluation);
        boolean umnWithoutFlag = yes(f.neurology().upperMotorNeuronSigns()) && !CordCompressionRule.upperMotorNeuronSignsRaise(f);
        boolean myelopathyWithoutFlag = CordCompressionRule.myelopathyPattern(f) && !CordCompressionRule.myelopathyPatternRaises(f);
        if (umnWithoutFlag || myelopathyWithoutFlag) {
            evaluation.caution(UPPER_MOTOR_NEURON_SIGNS);
        }
    }

    static List<Cited> catalogueEntries() {
        return List.of(OPIOID_CONFLICT, ASYMPTOMATIC_NODE, DO_NOT_ATTRIBUTE, NODE_DIFFERENTIAL, NO_RUSH_TO_INTERVENTION,
                REST_ACTIVITY_PATTERN, AGE_RISK, SCHMORL_WEAK_EVIDENCE, CAUDA_EQUINA_SAFETY_NET, RedFlagScreen.NOT_ASKED,
                UPPER_MOTOR_NEURON_SIGNS);
    }
}
