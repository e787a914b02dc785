package org.spinepath.triage.engine.v1.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The case of pathways.md section 2. Every field except {@code patient.ageYears} is optional; a
 * {@code null} anywhere means "unknown", never "no".
 */
public record Case(
        @NotNull @Valid Patient patient,
        @Valid History history,
        @Valid Presentation presentation,
        @Valid Neurology neurology,
        @Valid Systemic systemic,
        @Valid Imaging imaging,
        @Valid Labs labs,
        @Valid TreatmentHistory treatmentHistory) {
}
