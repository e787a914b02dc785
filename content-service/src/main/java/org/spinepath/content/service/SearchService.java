package org.spinepath.content.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            where s.search_vector @@ (%s)
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
        List<Set<String>> groups = groups(text);
        if (groups.isEmpty()) {
            return PageView.of(List.of(), page, size, 0);
        }
        PageView<SearchHit> all = run(groups, " && ", audience, page, size);
        if (all.totalItems() > 0 || groups.size() == 1) {
            return all;
        }
        return run(groups, " || ", audience, page, size);
    }

    /** The query's words, each with its spellings. Quotes and punctuation around words are dropped. */
    List<Set<String>> groups(String text) {
        return Arrays.stream(text.strip().split("\\s+"))
                .map(word -> word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""))
                .filter(word -> !word.isEmpty())
                .distinct()
                .limit(MAX_TERMS)
                .map(spelling::forms)
                .toList();
    }

    private PageView<SearchHit> run(List<Set<String>> groups, String operator, Audience audience, int page, int size) {
        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> clauses = new ArrayList<>();
        for (Set<String> group : groups) {
            List<String> alternatives = new ArrayList<>();
            for (String form : group) {
                String name = "t" + parameters.size();
                parameters.put(name, form);
                alternatives.add("plainto_tsquery('english', :" + name + ")");
            }
            clauses.add("(" + String.join(" || ", alternatives) + ")");
        }
        String tsquery = String.join(operator, clauses);
        String from = FROM.formatted(tsquery);

        Query count = em.createNativeQuery("select count(*)" + from);
        bind(count, parameters, audience);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0) {
            return PageView.of(List.of(), page, size, 0);
        }

        Query select = em.createNativeQuery("select a.slug, v.version, var.title, s.anchor, s.heading,"
                + " ts_headline('english', s.body, (" + tsquery + "), '" + HEADLINE_OPTIONS + "'),"
                + " ts_rank_cd(s.search_vector, (" + tsquery + "), 1) as rank"
                + from
                + " order by rank desc, a.slug, s.position limit :limit offset :offset");
        bind(select, parameters, audience);
        select.setParameter("limit", size);
        select.setParameter("offset", page * size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<SearchHit> hits = rows.stream().map(r -> new SearchHit((String) r[0], ((Number) r[1]).intValue(),
                audience, (String) r[2], (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).doubleValue()))
                .toList();
        return PageView.of(hits, page, size, total);
    }

    private static void bind(Query query, Map<String, String> parameters, Audience audience) {
        parameters.forEach(query::setParameter);
        query.setParameter("audience", audience.name());
    }
}
