package org.spinepath.triage.engine.v1;

import java.util.List;
import java.util.Map;

/**
 * The differential: the winning category (null when no feature of the table was known to match any
 * category), every category's score, and the diseases the lab results point to.
 */
public record Differential(
        DifferentialCategory category,
        Map<DifferentialCategory, Integer> scores,
        List<LabFinding> possibleDiseases) {
}
