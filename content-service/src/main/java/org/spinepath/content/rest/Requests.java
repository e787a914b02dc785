package org.spinepath.content.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.spinepath.content.domain.Audience;
import org.spinepath.content.domain.FeedbackOutcome;
import org.spinepath.content.service.ArticleContent;

/** Request bodies of the content API. */
public final class Requests {

    private Requests() {
    }

    /** A new article: its slug and the content of its first draft. */
    public record NewArticle(
            @NotBlank @Size(max = 100) @Pattern(regexp = ArticleContent.ANCHOR,
                    message = "must be lower-case words joined by hyphens") String slug,
            @NotNull @Valid ArticleContent content) {
    }

    /** A new draft of an existing article, copied from {@code basedOn} (default: the current approved version). */
    public record NewDraft(@Positive Integer basedOn, @NotBlank @Size(max = 2000) String changeNote) {
    }

    /** A rejection must say what to change. */
    public record Rejection(@NotBlank @Size(max = 4000) String comment) {
    }

    /** A retraction must say why. */
    public record Retraction(@NotBlank @Size(max = 4000) String reason) {
    }

    /** A reader's report that a passage is inaccurate. */
    public record FeedbackReport(
            @NotBlank @Size(max = 100) String articleSlug,
            @NotNull @Positive Integer version,
            @NotBlank @Size(max = 100) String section,
            @Pattern(regexp = Audience.PARAM_PATTERN, message = "must be clinician or patient") String audience,
            @NotBlank @Size(max = 2000) String quotedText,
            @NotBlank @Size(max = 4000) String comment) {
    }

    /** An editor's answer to a report. */
    public record Resolution(@NotNull FeedbackOutcome outcome, @Size(max = 4000) String note) {
    }
}
