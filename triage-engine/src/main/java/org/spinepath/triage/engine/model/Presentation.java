package org.spinepath.triage.engine.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The pain as presented. A case without it, or with {@code painIntensity} 0, is asymptomatic. The fields
 * that describe the pain count only when there is back pain; sciatica, bone tenderness, limited mobility
 * and muscle spasm are findings of their own.
 */
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
        Boolean disablingPain,
        PainRegion painRegion,
        Boolean painWorseOnStraining,
        Boolean suddenSeverePain) {
}
