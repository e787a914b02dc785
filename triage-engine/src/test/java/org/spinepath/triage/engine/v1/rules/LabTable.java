package org.spinepath.triage.engine.v1.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.spinepath.triage.engine.v1.Investigation;
import org.spinepath.triage.engine.v1.LabFinding;
import org.spinepath.triage.engine.v1.catalogue.Article;
import org.spinepath.triage.engine.v1.catalogue.Cited;
import org.spinepath.triage.engine.v1.catalogue.Citation;

/**
 * pathways.md section 5, "Lab findings and what they point to", as data: which abnormal result points
 * to which diseases. Also holds the lab tests other rules order, so that each test is defined once.
 */
public final class LabTable {

    public static final List<Citation> CITATIONS = List.of(Article.SPINAL_PAIN_TREATMENT.cite("lab-differential"));

    /** One row: a rule id, when the result is abnormal, how to name the finding, and what it points to. */
    public record Row(String id, Predicate<CaseFacts> abnormal, Function<CaseFacts, String> finding, List<String> diseases)
            implements Cited {

        @Override
        public List<Citation> citations() {
            return CITATIONS;
        }
    }

    public static final List<Row> ROWS = List.of(
            new Row("lab.esr", CaseFacts::esrRaised, CaseFacts::esrFinding,
                    List.of("spondyloarthritis", "polymyalgia rheumatica", "malignant tumours", "tuberculosis",
                            "osteomyelitis", "abscess")),
            new Row("lab.alkaline-phosphatase", f -> CaseFacts.yes(f.labs().alkalinePhosphataseElevated()),
                    f -> "alkalinePhosphataseElevated",
                    List.of("bone metastases", "Paget's disease", "osteomalacia", "primary hyperparathyroidism")),
            new Row("lab.serum-protein-electrophoresis", f -> CaseFacts.yes(f.labs().serumProteinElectrophoresisPeak()),
                    f -> "serumProteinElectrophoresisPeak", List.of("myeloma")),
            new Row("lab.blood-culture", f -> CaseFacts.yes(f.labs().bloodCulturePositive()),
                    f -> "bloodCulturePositive", List.of("sepsis with osteomyelitis or abscess")),
            new Row("lab.psa", f -> CaseFacts.yes(f.labs().psaElevated()),
                    f -> "psaElevated", List.of("prostate cancer")),
            new Row("lab.hla-b27", f -> CaseFacts.yes(f.labs().hlaB27Positive()),
                    f -> "hlaB27Positive", List.of("spondyloarthritis")),
            new Row("lab.urine", f -> CaseFacts.yes(f.labs().urineAbnormal()),
                    f -> "urineAbnormal",
                    List.of("kidney disease (stones, tumours, pyelonephritis)", "reactive arthritis (Reiter's disease)")),
            new Row("lab.tuberculin", f -> CaseFacts.yes(f.labs().tuberculinPositive()),
                    f -> "tuberculinPositive", List.of("tuberculosis of bone or spinal cord")));

    public static final Investigation ESR = new Investigation("lab.order.esr",
            "Erythrocyte sedimentation rate (ESR): above 25 mm/h is a valuable screen for serious spinal pathology.",
            List.of(Article.SPINAL_PAIN_TREATMENT.cite("warning-signs"), Article.SPINAL_PAIN_TREATMENT.cite("lab-differential")));
    public static final Investigation HLA_B27 = new Investigation("lab.order.hla-b27",
            "HLA-B27 typing: a positive result supports spondyloarthritis.", CITATIONS);
    public static final Investigation ALKALINE_PHOSPHATASE = new Investigation("lab.order.alkaline-phosphatase",
            "Alkaline phosphatase: raised in bone metastases, Paget's disease, osteomalacia and primary hyperparathyroidism.",
            CITATIONS);
    public static final Investigation SERUM_PROTEIN_ELECTROPHORESIS = new Investigation("lab.order.serum-protein-electrophoresis",
            "Serum protein electrophoresis: a pathological peak points to myeloma.", CITATIONS);
    public static final Investigation LAB_DIFFERENTIAL = new Investigation("lab.order.differential-panel",
            "Laboratory differential of a raised ESR: alkaline phosphatase, serum protein electrophoresis, PSA in men, "
                    + "blood culture, HLA-B27, urinalysis and a tuberculin test.",
            CITATIONS);

    private LabTable() {
    }

    /** The abnormal lab results of the case with the diseases each points to, in table order. */
    public static List<LabFinding> findings(CaseFacts facts) {
        List<LabFinding> findings = null;
        for (Row row : ROWS) {
            if (row.abnormal().test(facts)) {
                if (findings == null) {
                    findings = new ArrayList<>(2);
                }
                findings.add(new LabFinding(row.finding().apply(facts), row.diseases(), CITATIONS));
            }
        }
        return findings == null ? List.of() : List.copyOf(findings);
    }

    static List<Cited> catalogueEntries() {
        List<Cited> entries = new ArrayList<>(ROWS);
        entries.addAll(List.of(ESR, HLA_B27, ALKALINE_PHOSPHATASE, SERUM_PROTEIN_ELECTROPHORESIS, LAB_DIFFERENTIAL));
        return entries;
    }
}
