package org.spinepath.content.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An entry in the article list or among an article's related articles: its current approved version. */
public record ArticleSummary(
        String slug,
        String title,
        int currentVersion,
        String author,
        LocalDate sourceDate,
        Instant approvedAt,
        List<String> related) {
}
