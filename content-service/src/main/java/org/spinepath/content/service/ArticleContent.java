package org.spinepath.content.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.spinepath.content.domain.Audience;

/**
 * The full content of a version: what an editor writes and what a bundled article file holds.
 * Both audience variants are required and must carry the same anchors (see {@link ContentRules}).
 */
public record ArticleContent(
        @NotBlank @Size(max = 300) String author,
        @PastOrPresent LocalDate sourceDate,
        @Size(max = 500) String source,
        @NotBlank @Size(max = 2000) String evidenceStrength,
        @Size(max = 2000) String changeNote,
        @NotEmpty @Size(max = 2) List<@Valid VariantContent> variants) {

    public record VariantContent(
            @NotNull Audience audience,
            @NotBlank @Size(max = 300) String title,
            @NotEmpty @Size(max = 60) List<@Valid SectionContent> sections) {
    }

    public record SectionContent(
            @NotBlank @Size(max = 100) @Pattern(regexp = ANCHOR,
                    message = "must be lower-case words joined by hyphens, e.g. first-line-management") String anchor,
            @NotBlank @Size(max = 300) String heading,
            @NotBlank @Size(max = 50_000) String body) {
    }

    public static final String ANCHOR = "[a-z0-9]+(-[a-z0-9]+)*";
}
