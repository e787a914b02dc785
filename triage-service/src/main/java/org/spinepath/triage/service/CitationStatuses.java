package org.spinepath.triage.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.spinepath.triage.client.CitationAnswer;
import org.spinepath.triage.domain.CitationStatusRecord;
import org.spinepath.triage.engine.TriageEngine;
import org.spinepath.triage.engine.catalogue.Citation;
import org.spinepath.triage.engine.catalogue.CitationCatalogue;

/**
 * The status of every citation the engine can emit, and the guideline drift it implies. Two
 * sources feed it: the periodic citation check (everything at once) and the content events (one
 * article at a time, as soon as it changes). Each write is an upsert that applies only when it is
 * at least as new as the row ({@code checked_at}), so a replayed old event or a check that crossed
 * an event in flight never overwrites newer news.
 */
@ApplicationScoped
public class CitationStatuses {

    public static final String SOURCE_CHECK = "check";

    private static final Comparator<Citation> ORDER = Comparator.comparing(Citation::articleSlug)
            .thenComparingInt(Citation::version).thenComparing(Citation::section);

    /** Everything about the citation: whether the cited version resolves, and the current version. */
    private static final String UPSERT_STATUS = """
            insert into citation_status (article_slug, cited_version, section, resolves, status, detail,
                                         current_version, source, checked_at)
            values (:slug, :version, :section, :resolves, :status, cast(:detail as varchar),
                    cast(:current as integer), :source, :at)
            on conflict (article_slug, cited_version, section) do update
               set resolves = excluded.resolves, status = excluded.status, detail = excluded.detail,
                   current_version = excluded.current_version, source = excluded.source,
                   checked_at = excluded.checked_at
             where citation_status.checked_at <= excluded.checked_at""";

    /** Only the article's current version: the news concerned another version than the cited one. */
    private static final String UPSERT_CURRENT = """
            insert into citation_status (article_slug, cited_version, section, resolves, status, detail,
                                         current_version, source, checked_at)
            values (:slug, :version, :section, null, '%s', null, cast(:current as integer), :source, :at)
            on conflict (article_slug, cited_version, section) do update
               set current_version = excluded.current_version, source = excluded.source,
                   checked_at = excluded.checked_at
             where citation_status.checked_at <= excluded.checked_at""".formatted(CitationStatusRecord.UNCHECKED);

    private final EntityManager em;
    private final CitationCatalogue catalogue;

    public CitationStatuses(EntityManager em, TriageEngine engine) {
        this.em = em;
        this.catalogue = engine.catalogue();
    }

    /** Stores a check's answers, and forgets citations the engine no longer emits. */
    @Transactional
    public void recordCheck(List<CitationAnswer> answers, Instant sentAt) {
        for (CitationAnswer answer : answers) {
            upsertStatus(new Citation(answer.articleSlug(), answer.version(), answer.section()), answer.resolved(),
                    answer.status(), answer.detail(), answer.currentVersion(), SOURCE_CHECK, sentAt);
        }
        for (CitationStatusRecord row : CitationStatusRecord.<CitationStatusRecord>listAll()) {
            if (!catalogue.contains(row.citation())) {
                row.delete();
            }
        }
    }

    /**
     * A version of an article was approved: its sections now resolve, and the article's current
     * version is {@code currentVersion}. Citations of another version learn only the latter.
     */
    @Transactional(TxType.MANDATORY)
    public void recordPublished(String slug, int version, Collection<String> sections, int currentVersion,
            String source, Instant at) {
        for (Citation citation : catalogue.rulesCitingArticle(slug).keySet()) {
            if (citation.version() != version) {
                upsertCurrent(citation, currentVersion, source, at);
            } else if (sections.contains(citation.section())) {
                upsertStatus(citation, true, CitationStatusRecord.RESOLVED, null, currentVersion, source, at);
            } else {
                upsertStatus(citation, false, CitationStatusRecord.UNKNOWN_SECTION, "version " + version + " of "
                        + slug + " has no section " + citation.section(), currentVersion, source, at);
            }
        }
    }

    /**
     * An approved version was withdrawn: citations of it no longer resolve, and the article's
     * current version is {@code currentVersion} (null when no approved version is left).
     */
    @Transactional(TxType.MANDATORY)
    public void recordRetracted(String slug, int version, String reason, Integer currentVersion, String source,
            Instant at) {
        for (Citation citation : catalogue.rulesCitingArticle(slug).keySet()) {
            if (citation.version() != version) {
                upsertCurrent(citation, currentVersion, source, at);
            } else {
                upsertStatus(citation, false, CitationStatusRecord.RETRACTED, "version " + version + " of " + slug
                        + " was retracted" + (reason == null || reason.isBlank() ? "" : ": " + reason),
                        currentVersion, source, at);
            }
        }
    }

    /** Every citation the engine can emit, by article, version and section. */
    @Transactional(TxType.SUPPORTS)
    public List<CitationView> citations() {
        Map<Citation, CitationStatusRecord> rows = new HashMap<>();
        for (CitationStatusRecord row : CitationStatusRecord.<CitationStatusRecord>listAll()) {
            rows.put(row.citation(), row);
        }
        return catalogue.all().stream().sorted(ORDER).map(c -> view(c, rows.get(c))).toList();
    }

    /**
     * The rules that cite a version older than the article's current approved one, or a citation
     * that no longer resolves, by rule id.
     */
    @Transactional(TxType.SUPPORTS)
    public List<DriftingRule> drift() {
        Map<Citation, CitationView> views = new LinkedHashMap<>();
        for (CitationView view : citations()) {
            views.put(new Citation(view.articleSlug(), view.version(), view.section()), view);
        }
        List<DriftingRule> drifting = new ArrayList<>();
        catalogue.citationsByRule().forEach((ruleId, cited) -> {
            List<DriftingRule.DriftingCitation> drifted = cited.stream().map(views::get).filter(CitationView::drifts)
                    .map(DriftingRule.DriftingCitation::of).toList();
            if (!drifted.isEmpty()) {
                drifting.add(new DriftingRule(ruleId, drifted));
            }
        });
        drifting.sort(Comparator.comparing(DriftingRule::ruleId));
        return drifting;
    }

    private CitationView view(Citation citation, CitationStatusRecord row) {
        if (row == null) {
            return new CitationView(citation.articleSlug(), citation.version(), citation.section(), null,
                    CitationStatusRecord.UNCHECKED, null, false, null, null, null, catalogue.rulesCiting(citation));
        }
        boolean superseded = row.currentVersion != null && citation.version() < row.currentVersion;
        return new CitationView(citation.articleSlug(), citation.version(), citation.section(), row.resolves,
                row.status, row.currentVersion, superseded, row.detail, row.source, row.checkedAt,
                catalogue.rulesCiting(citation));
    }

    private void upsertStatus(Citation citation, boolean resolves, String status, String detail, Integer current,
            String source, Instant at) {
        em.createNativeQuery(UPSERT_STATUS)
                .setParameter("slug", citation.articleSlug())
                .setParameter("version", citation.version())
                .setParameter("section", citation.section())
                .setParameter("resolves", resolves)
                .setParameter("status", clip(status, 30))
                .setParameter("detail", clip(detail, 1000))
                .setParameter("current", current)
                .setParameter("source", source)
                .setParameter("at", at)
                .executeUpdate();
    }

    /** Keeps a long reason (a reviewer's retraction note) from failing the write. */
    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private void upsertCurrent(Citation citation, Integer current, String source, Instant at) {
        em.createNativeQuery(UPSERT_CURRENT)
                .setParameter("slug", citation.articleSlug())
                .setParameter("version", citation.version())
                .setParameter("section", citation.section())
                .setParameter("current", current)
                .setParameter("source", source)
                .setParameter("at", at)
                .executeUpdate();
    }
}
