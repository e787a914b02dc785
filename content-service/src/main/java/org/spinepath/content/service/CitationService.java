package org.spinepath.content.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.spinepath.content.domain.Article;
import org.spinepath.content.domain.ArticleStatus;
import org.spinepath.content.domain.ArticleVersion;
import org.spinepath.content.domain.Audience;

/**
 * Checks citations in bulk, for the triage service: does each one point to an approved section,
 * and is it the article's current version? Each article and version is looked up once however
 * often it is cited.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class CitationService {

    private record VersionKey(String slug, int version) {
    }

    public List<CitationResolution> resolve(List<CitationRequest> citations) {
        Map<String, Optional<Integer>> current = new HashMap<>();
        Map<String, Boolean> articleExists = new HashMap<>();
        Map<VersionKey, Optional<VersionFacts>> versions = new HashMap<>();
        List<CitationResolution> results = new ArrayList<>(citations.size());
        for (CitationRequest citation : citations) {
            String slug = citation.articleSlug();
            Integer currentVersion = current.computeIfAbsent(slug, EditorialService::currentNumber).orElse(null);
            if (!articleExists.computeIfAbsent(slug, s -> Article.findBySlug(s).isPresent())) {
                results.add(result(citation, CitationStatus.UNKNOWN_ARTICLE, currentVersion, null,
                        "no article " + slug));
                continue;
            }
            Optional<VersionFacts> facts = versions.computeIfAbsent(new VersionKey(slug, citation.version()),
                    key -> ArticleVersion.find(key.slug(), key.version()).map(VersionFacts::of));
            if (facts.isEmpty()) {
                results.add(result(citation, CitationStatus.UNKNOWN_VERSION, currentVersion, null,
                        slug + " has no version " + citation.version()));
                continue;
            }
            VersionFacts version = facts.get();
            String heading = version.headings().get(citation.section());
            if (version.status() == ArticleStatus.RETRACTED) {
                results.add(result(citation, CitationStatus.RETRACTED, currentVersion, heading,
                        "version " + citation.version() + " of " + slug + " was retracted"));
            } else if (version.status() != ArticleStatus.APPROVED) {
                results.add(result(citation, CitationStatus.NOT_APPROVED, currentVersion, null,
                        "version " + citation.version() + " of " + slug + " is not approved"));
            } else if (heading == null) {
                results.add(result(citation, CitationStatus.UNKNOWN_SECTION, currentVersion, null,
                        "version " + citation.version() + " of " + slug + " has no section " + citation.section()));
            } else {
                results.add(result(citation, CitationStatus.RESOLVED, currentVersion, heading, null));
            }
        }
        return results;
    }

    private static CitationResolution result(CitationRequest citation, CitationStatus status, Integer current,
            String heading, String detail) {
        boolean resolved = status == CitationStatus.RESOLVED;
        boolean drift = resolved && current != null && citation.version() < current;
        return new CitationResolution(citation.articleSlug(), citation.version(), citation.section(), resolved, status,
                current, drift, heading, detail);
    }

    /** What resolution needs of a version: its status and its clinician-variant headings by anchor. */
    private record VersionFacts(ArticleStatus status, Map<String, String> headings) {

        static VersionFacts of(ArticleVersion version) {
            Map<String, String> headings = version.variant(Audience.CLINICIAN)
                    .map(v -> v.sections.stream().collect(Collectors.toMap(s -> s.anchor, s -> s.heading)))
                    .orElse(Map.of());
            return new VersionFacts(version.status, headings);
        }
    }
}
