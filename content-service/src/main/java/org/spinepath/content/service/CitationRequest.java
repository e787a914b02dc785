package org.spinepath.content.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A citation as the triage engine emits it. */
public record CitationRequest(
        @NotBlank @Size(max = 100) String articleSlug,
        @NotNull @Positive Integer version,
        @NotBlank @Size(max = 100) String section) {
}
