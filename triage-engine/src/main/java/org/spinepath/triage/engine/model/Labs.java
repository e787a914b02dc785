package org.spinepath.triage.engine.model;

import jakarta.validation.constraints.PositiveOrZero;

/** Lab results; {@code crpElevated} means above the laboratory's reference range. */
public record Labs(
        @PositiveOrZero Double esrMmPerHour,
        Boolean alkalinePhosphataseElevated,
        Boolean serumProteinElectrophoresisPeak,
        Boolean bloodCulturePositive,
        Boolean psaElevated,
        Boolean hlaB27Positive,
        Boolean urineAbnormal,
        Boolean tuberculinPositive,
        Boolean crpElevated,
        Boolean haemoglobinLow) {
}
