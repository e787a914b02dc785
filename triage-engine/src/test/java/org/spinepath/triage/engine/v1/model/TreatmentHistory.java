package org.spinepath.triage.engine.v1.model;

import jakarta.validation.constraints.Min;

public record TreatmentHistory(
        @Min(0) Integer conservativeTherapyWeeks,
        TherapyResponse conservativeResponse,
        Boolean interventionalDone,
        TherapyResponse interventionalResponse) {
}
