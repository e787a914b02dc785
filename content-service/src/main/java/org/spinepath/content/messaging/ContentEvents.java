package org.spinepath.content.messaging;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.spinepath.common.events.Topics;
import org.spinepath.common.outbox.Outbox;
import org.spinepath.content.domain.ArticleSection;
import org.spinepath.content.domain.ArticleVersion;
import org.spinepath.content.domain.Audience;

/**
 * Announces publication changes to the other services (the triage service tracks which of its
 * citations have been superseded). Events go through the outbox, in the transaction that changed
 * the version, keyed by the article slug so one article's events stay ordered.
 */
@ApplicationScoped
public class ContentEvents {

    private final Outbox outbox;

    public ContentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(TxType.MANDATORY)
    public void published(ArticleVersion version, int currentVersion) {
        outbox.publish(Topics.CONTENT_PUBLISHED, version.article.slug, new ContentPublished(version.article.slug,
                version.version, audiences(version), version.approvedAt, anchors(version), currentVersion));
    }

    @Transactional(TxType.MANDATORY)
    public void retracted(ArticleVersion version, Optional<Integer> currentVersion) {
        outbox.publish(Topics.CONTENT_RETRACTED, version.article.slug, new ContentRetracted(version.article.slug,
                version.version, audiences(version), version.retractedAt, version.retractionReason, anchors(version),
                currentVersion.orElse(null)));
    }

    private static List<String> audiences(ArticleVersion version) {
        return version.variants.stream().map(v -> v.audience).sorted().map(Audience::code).toList();
    }

    private static List<String> anchors(ArticleVersion version) {
        return version.variant(Audience.CLINICIAN).or(() -> version.variants.stream().findFirst())
                .map(v -> v.sections.stream().map((ArticleSection s) -> s.anchor).toList())
                .orElse(List.of());
    }
}
