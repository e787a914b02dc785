package org.spinepath.content.service;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.spinepath.content.domain.ArticleSection;
import org.spinepath.content.domain.ArticleVariant;
import org.spinepath.content.domain.ArticleVersion;
import org.spinepath.content.domain.Audience;
import org.spinepath.content.service.ArticleContent.SectionContent;
import org.spinepath.content.service.ArticleContent.VariantContent;

/**
 * Writes content into a version's variants and sections. Rows are updated in place by audience and
 * anchor rather than deleted and re-inserted, because the database flushes inserts before deletes
 * and a re-inserted anchor would collide with the row it replaces.
 */
final class VersionContent {

    private VersionContent() {
    }

    static void apply(ArticleVersion version, ArticleContent content) {
        version.author = content.author();
        version.sourceDate = content.sourceDate();
        version.source = content.source();
        version.evidenceStrength = content.evidenceStrength();
        version.changeNote = content.changeNote();
        version.contentHash = ContentHash.of(content);
        Set<Audience> kept = new HashSet<>();
        for (VariantContent wanted : content.variants()) {
            kept.add(wanted.audience());
            ArticleVariant variant = version.variant(wanted.audience()).orElseGet(() -> {
                ArticleVariant created = new ArticleVariant();
                created.articleVersion = version;
                created.audience = wanted.audience();
                version.variants.add(created);
                return created;
            });
            variant.title = wanted.title();
            apply(variant, wanted.sections());
        }
        version.variants.removeIf(v -> !kept.contains(v.audience));
    }

    private static void apply(ArticleVariant variant, List<SectionContent> sections) {
        Set<String> kept = new HashSet<>();
        int position = 0;
        for (SectionContent wanted : sections) {
            kept.add(wanted.anchor());
            ArticleSection section = variant.section(wanted.anchor()).orElseGet(() -> {
                ArticleSection created = new ArticleSection();
                created.variant = variant;
                created.anchor = wanted.anchor();
                variant.sections.add(created);
                return created;
            });
            section.heading = wanted.heading();
            section.body = wanted.body();
            section.position = position++;
        }
        for (Iterator<ArticleSection> it = variant.sections.iterator(); it.hasNext();) {
            if (!kept.contains(it.next().anchor)) {
                it.remove();
            }
        }
        variant.sections.sort((a, b) -> Integer.compare(a.position, b.position));
    }
}
