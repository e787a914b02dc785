package org.spinepath.triage.engine.v1.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The pain as presented. A case without it, or with {@code painIntensity} 0, is asymptomatic. */
public record Presentation(
        Onset onset,
        @Min(0) Integer durationDays,
        Localization localization,
        Symmetry symmetry,
        @Min(0) @Max(10) Integer painIntensity,
        @Min(0) Integer morningStiffnessMinutes,
        PainResponse painWithRest,
        PainResponse painWithActivity,
        NightPain nightPain,
        Boolean progressivePain,
        Sciatica sciatica,
        Boolean lumbarMobilityLimitedAllDirections,
        Boolean localizedBoneTenderness,
        Boolean muscleSpasm,
        Boolean disablingPain) {
}
