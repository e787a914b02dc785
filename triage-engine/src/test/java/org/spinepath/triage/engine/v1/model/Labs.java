package org.spinepath.triage.engine.v1.model;

import jakarta.validation.constraints.PositiveOrZero;

public record Labs(
        @PositiveOrZero Double esrMmPerHour,
        Boolean alkalinePhosphataseElevated,
        Boolean serumProteinElectrophoresisPeak,
        Boolean bloodCulturePositive,
        Boolean psaElevated,
        Boolean hlaB27Positive,
        Boolean urineAbnormal,
        Boolean tuberculinPositive) {
}
