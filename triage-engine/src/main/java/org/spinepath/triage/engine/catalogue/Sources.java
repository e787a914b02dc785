package org.spinepath.triage.engine.catalogue;

/** The sections the rules cite, named once. */
public final class Sources {

    public static final Citation SNM_CLINICAL_OVERVIEW = Article.SCHMORLS_NODE_MANAGEMENT.cite("clinical-overview");
    public static final Citation SNM_FIRST_LINE = Article.SCHMORLS_NODE_MANAGEMENT.cite("first-line-management");
    public static final Citation SNM_SECOND_LINE = Article.SCHMORLS_NODE_MANAGEMENT.cite("second-line-management");
    public static final Citation SNM_THIRD_LINE = Article.SCHMORLS_NODE_MANAGEMENT.cite("third-line-management");
    public static final Citation SNM_DIAGNOSTIC = Article.SCHMORLS_NODE_MANAGEMENT.cite("diagnostic-considerations");
    public static final Citation SNM_PEARLS_AND_PITFALLS = Article.SCHMORLS_NODE_MANAGEMENT.cite("pearls-and-pitfalls");
    public static final Citation SNM_EVIDENCE = Article.SCHMORLS_NODE_MANAGEMENT.cite("evidence-strength");

    public static final Citation SNI_UNDERSTANDING = Article.SCHMORLS_NODE_INCIDENTAL.cite("understanding-schmorls-nodes");
    public static final Citation SNI_WHEN_RELEVANT = Article.SCHMORLS_NODE_INCIDENTAL.cite("when-clinically-relevant");
    public static final Citation SNI_RED_FLAGS = Article.SCHMORLS_NODE_INCIDENTAL.cite("red-flags");
    public static final Citation SNI_MANAGEMENT = Article.SCHMORLS_NODE_INCIDENTAL.cite("management-algorithm");
    public static final Citation SNI_PITFALLS = Article.SCHMORLS_NODE_INCIDENTAL.cite("pitfalls");

    public static final Citation LDH_STIFFNESS_RELIEF = Article.LUMBAR_DISC_HERNIATION.cite("stiffness-relief");
    public static final Citation LDH_HERNIATION_TYPES = Article.LUMBAR_DISC_HERNIATION.cite("herniation-types");
    public static final Citation LDH_SYMPTOMS = Article.LUMBAR_DISC_HERNIATION.cite("symptoms");
    public static final Citation LDH_LEG_PAIN = Article.LUMBAR_DISC_HERNIATION.cite("leg-pain");

    public static final Citation SPT_EPIDEMIOLOGY = Article.SPINAL_PAIN_TREATMENT.cite("epidemiology");
    public static final Citation SPT_TREATMENT_PHASES = Article.SPINAL_PAIN_TREATMENT.cite("treatment-phases");
    public static final Citation SPT_TREATMENT_ERRORS = Article.SPINAL_PAIN_TREATMENT.cite("treatment-errors");
    public static final Citation SPT_LAB_DIFFERENTIAL = Article.SPINAL_PAIN_TREATMENT.cite("lab-differential");
    public static final Citation SPT_DIFFERENTIAL_TABLE = Article.SPINAL_PAIN_TREATMENT.cite("differential-table");
    public static final Citation SPT_SURGERY_INDICATIONS = Article.SPINAL_PAIN_TREATMENT.cite("surgery-indications");
    public static final Citation SPT_WARNING_SIGNS = Article.SPINAL_PAIN_TREATMENT.cite("warning-signs");
    public static final Citation SPT_REFERRAL = Article.SPINAL_PAIN_TREATMENT.cite("referral");
    public static final Citation SPT_MECHANICAL_PAIN = Article.SPINAL_PAIN_TREATMENT.cite("mechanical-pain");
    public static final Citation SPT_MALIGNANT_PAIN = Article.SPINAL_PAIN_TREATMENT.cite("malignant-pain");
    public static final Citation SPT_PYOGENIC_INFECTION = Article.SPINAL_PAIN_TREATMENT.cite("pyogenic-infection");
    public static final Citation SPT_SPINAL_TUBERCULOSIS = Article.SPINAL_PAIN_TREATMENT.cite("spinal-tuberculosis");
    public static final Citation SPT_CENTRAL_DISC_PROLAPSE = Article.SPINAL_PAIN_TREATMENT.cite("central-disc-prolapse");

    public static final Citation GUIDE_CAUDA_EQUINA = Article.SERIOUS_SPINAL_PATHOLOGY_GUIDANCE.cite("cauda-equina");
    public static final Citation GUIDE_CORD_COMPRESSION = Article.SERIOUS_SPINAL_PATHOLOGY_GUIDANCE.cite("spinal-cord-compression");
    public static final Citation GUIDE_INFECTION = Article.SERIOUS_SPINAL_PATHOLOGY_GUIDANCE.cite("spinal-infection");
    public static final Citation GUIDE_FRACTURE = Article.SERIOUS_SPINAL_PATHOLOGY_GUIDANCE.cite("vertebral-fracture");
    public static final Citation GUIDE_VASCULAR = Article.SERIOUS_SPINAL_PATHOLOGY_GUIDANCE.cite("vascular-mimics");
    public static final Citation GUIDE_RED_FLAG_SCREENING = Article.SERIOUS_SPINAL_PATHOLOGY_GUIDANCE.cite("red-flag-screening");
    public static final Citation GUIDE_IMAGING = Article.SERIOUS_SPINAL_PATHOLOGY_GUIDANCE.cite("imaging-in-back-pain");
    public static final Citation GUIDE_MANAGEMENT = Article.SERIOUS_SPINAL_PATHOLOGY_GUIDANCE.cite("management-guidance");
    public static final Citation GUIDE_CHILDREN = Article.SERIOUS_SPINAL_PATHOLOGY_GUIDANCE.cite("children");

    private Sources() {
    }
}
