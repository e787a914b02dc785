package org.spinepath.triage.engine.v1.catalogue;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every citation the engine can emit, and which rule ids cite it. The content service serves the
 * same identifiers; a rule citing a version older than the currently approved one is "guideline
 * drift", which {@link #rulesCiting(Citation)} lets a caller find.
 */
public final class CitationCatalogue {

    private final Map<String, List<Citation>> citationsByRule;
    private final Map<Citation, Set<String>> rulesByCitation;

    public CitationCatalogue(Collection<? extends Cited> entries) {
        Map<String, List<Citation>> byRule = new LinkedHashMap<>();
        Map<Citation, Set<String>> byCitation = new LinkedHashMap<>();
        for (Cited entry : entries) {
            List<Citation> previous = byRule.putIfAbsent(entry.id(), List.copyOf(entry.citations()));
            if (previous != null && !previous.equals(entry.citations())) {
                throw new IllegalArgumentException("rule id " + entry.id() + " is registered with two citation lists");
            }
            if (entry.citations().isEmpty()) {
                throw new IllegalArgumentException("rule id " + entry.id() + " cites nothing");
            }
            for (Citation citation : entry.citations()) {
                byCitation.computeIfAbsent(citation, c -> new LinkedHashSet<>()).add(entry.id());
            }
        }
        byCitation.replaceAll((c, ids) -> Collections.unmodifiableSet(ids));
        this.citationsByRule = Collections.unmodifiableMap(byRule);
        this.rulesByCitation = Collections.unmodifiableMap(byCitation);
    }

    /** Every (articleSlug, version, section) the engine can emit. */
    public Set<Citation> all() {
        return rulesByCitation.keySet();
    }

    public boolean contains(Citation citation) {
        return rulesByCitation.containsKey(citation);
    }

    /** Every rule id (flag, recommendation, investigation, caution, lab finding) with its citations. */
    public Map<String, List<Citation>> citationsByRule() {
        return citationsByRule;
    }

    /** The rule ids that cite this exact citation; empty when none does. */
    public Set<String> rulesCiting(Citation citation) {
        return rulesByCitation.getOrDefault(citation, Set.of());
    }

    /** The rule ids citing any version of this article's section (to compare with the approved version). */
    public Map<Citation, Set<String>> rulesCitingArticle(String articleSlug) {
        Map<Citation, Set<String>> result = new LinkedHashMap<>();
        rulesByCitation.forEach((citation, ids) -> {
            if (citation.articleSlug().equals(articleSlug)) {
                result.put(citation, ids);
            }
        });
        return Collections.unmodifiableMap(result);
    }

    /** The version of each article the rules cite, by slug. */
    public Map<String, Integer> citedVersions() {
        Map<String, Integer> versions = new LinkedHashMap<>();
        for (Citation citation : rulesByCitation.keySet()) {
            versions.merge(citation.articleSlug(), citation.version(), Math::max);
        }
        return Collections.unmodifiableMap(versions);
    }
}
