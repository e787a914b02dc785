package org.spinepath.content.service;

import java.util.List;

import org.spinepath.content.domain.ArticleVariant;
import org.spinepath.content.domain.ArticleVersion;
import org.spinepath.content.domain.Audience;
import org.spinepath.content.domain.WorkflowEvent;
import org.spinepath.content.service.ArticleContent.SectionContent;
import org.spinepath.content.service.ArticleContent.VariantContent;

/** Maps entities to the records the API returns. Called inside a transaction: it walks lazy associations. */
final class Views {

    private Views() {
    }

    static ArticleView article(ArticleVersion version, ArticleVariant variant, Integer currentVersion) {
        List<ArticleView.Section> sections = variant.sections.stream()
                .map(s -> new ArticleView.Section(s.anchor, s.heading, s.body)).toList();
        return new ArticleView(version.article.slug, version.version, version.status, variant.audience,
                audiences(version), variant.title, version.author, version.sourceDate, version.source,
                version.evidenceStrength, version.changeNote, version.approvedAt, version.approvedBy,
                version.retractedAt, version.retractionReason, currentVersion,
                currentVersion != null && currentVersion == version.version, sections,
                List.copyOf(version.article.related));
    }

    static VersionSummary version(ArticleVersion v, Integer currentVersion) {
        return new VersionSummary(v.article.slug, v.version, v.status,
                currentVersion != null && currentVersion == v.version, v.author, v.sourceDate, v.changeNote,
                v.createdBy, v.createdAt, v.updatedAt, v.submittedBy, v.submittedAt, v.reviewer, v.reviewComment,
                v.approvedBy, v.approvedAt, v.retractedBy, v.retractedAt, v.retractionReason);
    }

    static ArticleSummary summary(ArticleVersion current, Audience audience) {
        String title = current.variant(audience).or(() -> current.variants.stream().findFirst())
                .map(v -> v.title).orElse(current.article.slug);
        return new ArticleSummary(current.article.slug, title, current.version, current.author, current.sourceDate,
                current.approvedAt, List.copyOf(current.article.related));
    }

    static WorkflowEventView event(WorkflowEvent e) {
        return new WorkflowEventView(e.action, e.fromStatus, e.toStatus, e.actor, e.comment, e.occurredAt);
    }

    static List<Audience> audiences(ArticleVersion version) {
        return version.variants.stream().map(v -> v.audience).sorted().toList();
    }

    /** The content of a version, as an editor would submit it: the starting point of a new draft. */
    static ArticleContent content(ArticleVersion version) {
        List<VariantContent> variants = version.variants.stream()
                .sorted((a, b) -> a.audience.compareTo(b.audience))
                .map(v -> new VariantContent(v.audience, v.title,
                        v.sections.stream().map(s -> new SectionContent(s.anchor, s.heading, s.body)).toList()))
                .toList();
        return new ArticleContent(version.author, version.sourceDate, version.source, version.evidenceStrength,
                version.changeNote, variants);
    }
}
