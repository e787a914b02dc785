package org.spinepath.content.service;

import org.spinepath.content.domain.ArticleStatus;
import org.spinepath.content.domain.Audience;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What a citation {@code (articleSlug, version, section)} resolves to: the exact text, and whether it is still current. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SectionView(
        String articleSlug,
        int version,
        ArticleStatus status,
        Audience audience,
        String articleTitle,
        String anchor,
        String heading,
        String body,
        Integer currentVersion,
        boolean current) {
}
