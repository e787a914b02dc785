package org.spinepath.intake.service;

import java.time.Instant;
import java.util.UUID;

import org.spinepath.intake.domain.CaseStatus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;

/** A case as the clinician sees it: what was submitted, its status and, once triaged, the result. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(
        UUID id,
        CaseStatus status,
        String submittedBy,
        Instant submittedAt,
        @JsonProperty("case") @JsonRawValue String caseData,
        String urgency,
        String rulesetVersion,
        Instant triagedAt,
        @JsonRawValue String result,
        String failureReason) {
}
