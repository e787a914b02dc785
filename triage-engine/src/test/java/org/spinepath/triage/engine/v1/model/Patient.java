package org.spinepath.triage.engine.v1.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

public record Patient(
        @NotNull @Min(0) @Max(120) Integer ageYears,
        Sex sex,
        @Positive Double weightKg,
        @Positive Double heightCm) {
}
