package org.spinepath.notification.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.spinepath.notification.domain.FlagFindings;
import org.spinepath.notification.domain.ReferralLevel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of the {@code referral.requested} event, produced by the triage service
 * (docs/events/referral.requested.schema.json). An event that does not satisfy these constraints
 * can never become a referral and goes to the dead-letter topic. Versions 1 and 2 of the clinical
 * contract are both read: version 2 adds flag names and a flag's {@code stage}; any other field a
 * later version adds is ignored rather than dead-lettered. {@code submittedBy} and
 * {@code careTeams} (whose case it is, for the access rule) are absent from earlier events.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferralRequested(
        @NotNull UUID caseId,
        @NotNull ReferralLevel level,
        @NotNull @Pattern(regexp = "EMERGENCY|URGENT", message = "must be EMERGENCY or URGENT") String urgency,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid FlagFindings> flags,
        @NotBlank @Size(max = 4000) String recommendedAction,
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String caseLink,
        @NotBlank @Size(max = 100) String rulesetVersion,
        @NotNull Instant triagedAt,
        @Size(max = 200) String submittedBy,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> careTeams) {
}
