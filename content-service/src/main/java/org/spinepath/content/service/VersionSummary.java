package org.spinepath.content.service;

import java.time.Instant;
import java.time.LocalDate;

import org.spinepath.content.domain.ArticleStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One line of an article's version history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionSummary(
        String slug,
        int version,
        ArticleStatus status,
        boolean current,
        String author,
        LocalDate sourceDate,
        String changeNote,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        String submittedBy,
        Instant submittedAt,
        String reviewer,
        String reviewComment,
        String approvedBy,
        Instant approvedAt,
        String retractedBy,
        Instant retractedAt,
        String retractionReason) {
}
