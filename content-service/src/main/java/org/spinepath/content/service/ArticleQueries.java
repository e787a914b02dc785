package org.spinepath.content.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.spinepath.common.problem.ProblemException;
import org.spinepath.content.domain.Article;
import org.spinepath.content.domain.ArticleSection;
import org.spinepath.content.domain.ArticleStatus;
import org.spinepath.content.domain.ArticleVariant;
import org.spinepath.content.domain.ArticleVersion;
import org.spinepath.content.domain.Audience;
import org.spinepath.content.domain.TextDiff;
import org.spinepath.content.domain.WorkflowEvent;
import org.spinepath.content.service.DiffView.Change;
import org.spinepath.content.service.DiffView.SectionDiff;

import io.quarkus.panache.common.Page;

/**
 * Everything readers ask for. Published versions (approved or retracted) are visible to every
 * reader; drafts and versions under review only to editorial staff, and to everyone else they do
 * not exist.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ArticleQueries {

    private static final String CURRENT_VERSIONS = "from ArticleVersion v where v.status = ?1 and v.version ="
            + " (select max(v2.version) from ArticleVersion v2 where v2.article = v.article and v2.status = ?1)";

    public PageView<ArticleSummary> list(int page, int size, Audience audience) {
        var query = ArticleVersion.<ArticleVersion>find(CURRENT_VERSIONS + " order by v.article.slug",
                ArticleStatus.APPROVED);
        List<ArticleSummary> items = query.page(Page.of(page, size)).list().stream()
                .map(v -> Views.summary(v, audience)).toList();
        return PageView.of(items, page, size, query.count());
    }

    public PageView<VersionSummary> inStatus(Set<ArticleStatus> statuses, int page, int size) {
        var query = ArticleVersion.<ArticleVersion>find("status in ?1 order by updatedAt, id", statuses);
        List<VersionSummary> items = query.page(Page.of(page, size)).list().stream()
                .map(v -> Views.version(v, EditorialService.currentNumber(v.article.slug).orElse(null))).toList();
        return PageView.of(items, page, size, query.count());
    }

    public Tagged<ArticleView> current(String slug, Audience audience) {
        ArticleVersion version = ArticleVersion.current(slug)
                .orElseThrow(() -> Article.findBySlug(slug).isPresent()
                        ? new ProblemException(404, "not-published", "Not published",
                                "article " + slug + " has no approved version")
                        : ProblemException.notFound("Article", slug));
        return article(version, audience, version.version);
    }

    public Tagged<ArticleView> version(String slug, int number, Audience audience, boolean staff) {
        ArticleVersion version = visible(slug, number, staff);
        return article(version, audience, EditorialService.currentNumber(slug).orElse(null));
    }

    public List<VersionSummary> history(String slug, boolean staff) {
        Article article = Article.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Article", slug));
        Integer current = EditorialService.currentNumber(slug).orElse(null);
        return ArticleVersion.<ArticleVersion>list("article = ?1 order by version desc", article).stream()
                .filter(v -> staff || v.status.isPublished())
                .map(v -> Views.version(v, current)).toList();
    }

    public List<WorkflowEventView> workflow(String slug, int number) {
        ArticleVersion version = visible(slug, number, true);
        return WorkflowEvent.of(version).stream().map(Views::event).toList();
    }

    public Tagged<SectionView> section(String slug, int number, String anchor, Audience audience, boolean staff) {
        ArticleVersion version = visible(slug, number, staff);
        ArticleVariant variant = variant(version, audience);
        ArticleSection section = variant.section(anchor).orElseThrow(() -> ProblemException.notFound("Section",
                anchor + " in " + version.label()));
        Integer current = EditorialService.currentNumber(slug).orElse(null);
        SectionView view = new SectionView(slug, version.version, version.status, audience, variant.title,
                section.anchor, section.heading, section.body, current,
                current != null && current == version.version);
        return new Tagged<>(view, ContentHash.tag("section", version.id, version.revision, audience, anchor, current));
    }

    public List<ArticleSummary> related(String slug, Audience audience) {
        Article article = Article.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Article", slug));
        List<ArticleSummary> related = new ArrayList<>();
        for (String other : article.related) {
            ArticleVersion.current(other).ifPresent(v -> related.add(Views.summary(v, audience)));
        }
        return related;
    }

    /**
     * The changes from version {@code from} to version {@code to} in one audience: sections in the
     * order of {@code to}, then those only {@code from} had.
     */
    public DiffView diff(String slug, int from, int to, Audience audience, boolean staff) {
        ArticleVariant before = variant(visible(slug, from, staff), audience);
        ArticleVariant after = variant(visible(slug, to, staff), audience);
        Map<String, ArticleSection> old = before.sections.stream()
                .collect(Collectors.toMap(s -> s.anchor, Function.identity()));
        Set<String> anchors = new LinkedHashSet<>();
        after.sections.forEach(s -> anchors.add(s.anchor));
        before.sections.forEach(s -> anchors.add(s.anchor));
        List<SectionDiff> sections = new ArrayList<>();
        for (String anchor : anchors) {
            Optional<ArticleSection> a = Optional.ofNullable(old.get(anchor));
            Optional<ArticleSection> b = after.section(anchor);
            List<TextDiff.Edit> edits = TextDiff.diff(a.map(s -> s.body).orElse(""), b.map(s -> s.body).orElse(""));
            String headingBefore = a.map(s -> s.heading).orElse(null);
            String headingAfter = b.map(s -> s.heading).orElse(null);
            Change change;
            if (a.isEmpty()) {
                change = Change.ADDED;
            } else if (b.isEmpty()) {
                change = Change.REMOVED;
            } else if (TextDiff.changed(edits) || !headingBefore.equals(headingAfter)) {
                change = Change.MODIFIED;
            } else {
                change = Change.UNCHANGED;
            }
            sections.add(new SectionDiff(anchor, change, headingBefore, headingAfter,
                    change == Change.UNCHANGED ? List.of() : edits));
        }
        return new DiffView(slug, audience, from, to,
                new DiffView.TitleChange(before.title, after.title, !before.title.equals(after.title)), sections);
    }

    private static Tagged<ArticleView> article(ArticleVersion version, Audience audience, Integer current) {
        ArticleVariant variant = variant(version, audience);
        return new Tagged<>(Views.article(version, variant, current), ContentHash.tag("article", version.id,
                version.revision, audience, current, version.article.related));
    }

    /** The version, if this reader may see it; otherwise 404 as if it did not exist. */
    static ArticleVersion visible(String slug, int number, boolean staff) {
        return ArticleVersion.find(slug, number).filter(v -> staff || v.status.isPublished())
                .orElseThrow(() -> ProblemException.notFound("Version", number + " of " + slug));
    }

    private static ArticleVariant variant(ArticleVersion version, Audience audience) {
        return version.variant(audience).orElseThrow(() -> ProblemException.notFound("Variant",
                audience.code() + " of " + version.label()));
    }
}
