package org.spinepath.content.service;

import java.time.Instant;

import org.spinepath.content.domain.Audience;
import org.spinepath.content.domain.FeedbackOutcome;
import org.spinepath.content.domain.FeedbackStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A reader's report of an inaccuracy and, once resolved, the editor's answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedbackView(
        long id,
        String articleSlug,
        int version,
        Audience audience,
        String section,
        String quotedText,
        String comment,
        String reportedBy,
        Instant reportedAt,
        FeedbackStatus status,
        FeedbackOutcome outcome,
        String resolutionNote,
        String resolvedBy,
        Instant resolvedAt) {
}
