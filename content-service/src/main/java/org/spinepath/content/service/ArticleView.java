package org.spinepath.content.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.spinepath.content.domain.ArticleStatus;
import org.spinepath.content.domain.Audience;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One version of an article in one audience, as readers get it. {@code currentVersion} is the
 * article's newest approved version (null when none is), so a reader of an older version sees it
 * has been superseded.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(
        String slug,
        int version,
        ArticleStatus status,
        Audience audience,
        List<Audience> audiences,
        String title,
        String author,
        LocalDate sourceDate,
        String source,
        String evidenceStrength,
        String changeNote,
        Instant approvedAt,
        String approvedBy,
        Instant retractedAt,
        String retractionReason,
        Integer currentVersion,
        boolean current,
        List<Section> sections,
        List<String> related) {

    public record Section(String anchor, String heading, String body) {
    }
}
