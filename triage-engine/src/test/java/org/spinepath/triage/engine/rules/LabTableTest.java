package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinepath.triage.engine.Cases.evaluate40;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinepath.triage.engine.LabFinding;
import org.spinepath.triage.engine.catalogue.Sources;

class LabTableTest {

    @ParameterizedTest(name = "{0} points to {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'esrMmPerHour':30                     | spondyloarthritis",
            "'esrMmPerHour':30                     | tuberculosis",
            "'alkalinePhosphataseElevated':true    | Paget's disease",
            "'serumProteinElectrophoresisPeak':true | myeloma",
            "'bloodCulturePositive':true           | sepsis with osteomyelitis or abscess",
            "'psaElevated':true                    | prostate cancer",
            "'hlaB27Positive':true                 | spondyloarthritis",
            "'urineAbnormal':true                  | reactive arthritis (Reiter's disease)",
            "'tuberculinPositive':true             | tuberculosis of bone or spinal cord"})
    void eachAbnormalResultPointsToItsDiseases(String lab, String disease) {
        List<LabFinding> findings = evaluate40("'labs':{" + lab + "}").differential().possibleDiseases();
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).diseases().contains(disease), findings.toString());
        assertEquals(List.of(Sources.SPT_LAB_DIFFERENTIAL), findings.get(0).citations());
    }

    @Test
    void normalOrUnknownResultsPointNowhere() {
        assertTrue(evaluate40("'labs':{'esrMmPerHour':25,'psaElevated':false,'hlaB27Positive':null}")
                .differential().possibleDiseases().isEmpty());
    }

    @Test
    void theTableHasEightRowsInTheOrderOfSection5() {
        assertEquals(List.of("lab.esr", "lab.alkaline-phosphatase", "lab.serum-protein-electrophoresis", "lab.blood-culture",
                "lab.psa", "lab.hla-b27", "lab.urine", "lab.tuberculin"), LabTable.ROWS.stream().map(LabTable.Row::id).toList());
        List<LabFinding> two = evaluate40("'labs':{'tuberculinPositive':true,'esrMmPerHour':40}").differential().possibleDiseases();
        assertEquals(List.of("esrMmPerHour=40 (>25)", "tuberculinPositive"), two.stream().map(LabFinding::finding).toList());
    }
}
