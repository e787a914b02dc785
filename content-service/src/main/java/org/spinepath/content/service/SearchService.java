package org.spinepath.content.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.spinepath.content.domain.Audience;

/**
 * Full-text search over the sections of each article's current approved version, in one audience,
 * ranked by PostgreSQL ({@code ts_rank_cd} over a vector that weights headings above bodies,
 * normalised by section length so a short section about the query beats a long one that mentions
 * it in passing).
 *
 * <p>Each query word becomes a group of alternatives: the word as typed and its other spellings
 * ({@link SpellingVariants}). All groups must match; when no section matches them all, a section
 * matching any group is returned instead, still ranked.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class SearchService {

    /** Longest query, in words, that is searched; the rest is ignored. */
    static final int MAX_TERMS = 12;

    private static final String HEADLINE_OPTIONS =
            "StartSel=<mark>, StopSel=</mark>, MinWords=12, MaxWords=40, MaxFragments=2, FragmentDelimiter=\" … \"";

    private static final String FROM = """
             from article_section s
             join article_variant var on var.id = s.variant_id
             join article_version v on v.id = var.version_id
             join article a on a.id = v.article_id
            where s.search_vector @@ cast(:query as tsquery)
              and var.audience = :audience
              and v.status = 'APPROVED'
              and v.version = (select max(v2.version) from article_version v2
                                where v2.article_id = v.article_id and v2.status = 'APPROVED')
            """;

    private final EntityManager em;
    private final SpellingVariants spelling = SpellingVariants.bundled();

    public SearchService(EntityManager em) {
        this.em = em;
    }

    public PageView<SearchHit> search(String text, Audience audience, int page, int size) {
        List<String> groups = lexemes(groups(text));
        if (groups.isEmpty()) {
            return PageView.of(List.of(), page, size, 0);
        }
        PageView<SearchHit> all = run(String.join(" & ", groups), audience, page, size);
        if (all.totalItems() > 0 || groups.size() == 1) {
            return all;
        }
        return run(String.join(" | ", groups), audience, page, size);
    }

    /** The query's words, each with its spellings. Quotes and punctuation around words are dropped. */
    List<Set<String>> groups(String text) {
        return Arrays.stream(text.strip().split("\\s+"))
                .map(word -> word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""))
                .filter(word -> !word.isEmpty())
                .map(word -> word.toLowerCase(Locale.ROOT))
                .distinct()
                .limit(MAX_TERMS)
                .map(spelling::forms)
                .toList();
    }

    /**
     * Each word group as a tsquery fragment, its spellings OR-ed: PostgreSQL parses and stems every
     * form (so "HLA-B27" becomes 'hla-b27' & 'hla' & 'b27'), and a group left with no lexeme (a
     * stop word such as "the") is dropped rather than emptying the whole query.
     */
    private List<String> lexemes(List<Set<String>> groups) {
        List<String> forms = groups.stream().flatMap(Set::stream).toList();
        if (forms.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < forms.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("cast(plainto_tsquery('english', :f").append(i).append(") as text)");
        }
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < forms.size(); i++) {
            query.setParameter("f" + i, forms.get(i));
        }
        Object result = query.getSingleResult();
        Object[] parsed = result instanceof Object[] row ? row : new Object[] { result };
        List<String> fragments = new ArrayList<>();
        int next = 0;
        for (Set<String> group : groups) {
            Set<String> alternatives = new LinkedHashSet<>();
            for (int i = 0; i < group.size(); i++) {
                String lexemes = (String) parsed[next++];
                if (lexemes != null && !lexemes.isBlank()) {
                    alternatives.add("(" + lexemes + ")");
                }
            }
            if (!alternatives.isEmpty()) {
                fragments.add("(" + String.join(" | ", alternatives) + ")");
            }
        }
        return fragments;
    }

    private PageView<SearchHit> run(String tsquery, Audience audience, int page, int size) {
        Query count = em.createNativeQuery("select count(*)" + FROM);
        bind(count, tsquery, audience);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0) {
            return PageView.of(List.of(), page, size, 0);
        }
        Query select = em.createNativeQuery("select a.slug, v.version, var.title, s.anchor, s.heading,"
                + " ts_headline('english', s.body, cast(:query as tsquery), '" + HEADLINE_OPTIONS + "'),"
                + " ts_rank_cd(s.search_vector, cast(:query as tsquery), 1) as rank"
                + FROM
                + " order by rank desc, a.slug, s.position limit :limit offset :offset");
        bind(select, tsquery, audience);
        select.setParameter("limit", size);
        select.setParameter("offset", page * size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<SearchHit> hits = rows.stream().map(r -> new SearchHit((String) r[0], ((Number) r[1]).intValue(),
                audience, (String) r[2], (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).doubleValue()))
                .toList();
        return PageView.of(hits, page, size, total);
    }

    private static void bind(Query query, String tsquery, Audience audience) {
        query.setParameter("query", tsquery);
        query.setParameter("audience", audience.name());
    }
}
