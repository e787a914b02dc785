package org.spinepath.triage.engine.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.TriageEngine;

class CitationCatalogueTest {

    private final CitationCatalogue catalogue = new TriageEngine().catalogue();

    /** The table of docs/clinical/article-anchors.md: slug to anchors. */
    static Map<String, List<String>> documentedAnchors() throws IOException {
        Path doc = Path.of("..", "docs", "clinical", "article-anchors.md");
        Pattern row = Pattern.compile("^\\| `([a-z-]+)` \\| (\\d{4}-\\d{2}-\\d{2}) \\| (.+) \\|$");
        Map<String, List<String>> anchors = new LinkedHashMap<>();
        for (String line : Files.readAllLines(doc)) {
            Matcher m = row.matcher(line);
            if (m.matches()) {
                anchors.put(m.group(1), Arrays.stream(m.group(3).split(",")).map(a -> a.trim().replace("`", "")).toList());
            }
        }
        return anchors;
    }

    @Test
    void theArticlesMatchTheDocumentedAnchorsExactly() throws IOException {
        Map<String, List<String>> documented = documentedAnchors();
        assertEquals(5, documented.size(), "five articles documented");
        for (Article article : Article.values()) {
            assertEquals(documented.get(article.slug()), article.anchors(), article.slug());
        }
    }

    @Test
    void everyCitationIsADocumentedSectionOfVersion1() throws IOException {
        Map<String, List<String>> documented = documentedAnchors();
        assertFalse(catalogue.all().isEmpty());
        for (Citation citation : catalogue.all()) {
            assertTrue(documented.getOrDefault(citation.articleSlug(), List.of()).contains(citation.section()), citation::toString);
            assertEquals(1, citation.version(), citation::toString);
        }
        assertEquals(Map.of("schmorls-node-management", 1, "schmorls-node-incidental", 1, "lumbar-disc-herniation", 1,
                "spinal-pain-treatment", 1, "serious-spinal-pathology-guidance", 1), catalogue.citedVersions());
    }

    @Test
    void everyArticleIsCited() {
        for (Article article : Article.values()) {
            assertFalse(catalogue.rulesCitingArticle(article.slug()).isEmpty(), article.slug());
        }
    }

    @Test
    void theGuidanceArticleIsCitedOnlyAtItsNineAgreedAnchorsAndEveryAnchorIsUsed() {
        List<String> agreed = List.of("cauda-equina", "spinal-cord-compression", "spinal-infection", "vertebral-fracture",
                "vascular-mimics", "red-flag-screening", "imaging-in-back-pain", "management-guidance", "children");
        assertTrue(Article.SERIOUS_SPINAL_PATHOLOGY_GUIDANCE.anchors().containsAll(agreed));
        assertEquals(agreed.size(), catalogue.rulesCitingArticle("serious-spinal-pathology-guidance").size(),
                "the engine cites no other section of the guidance article, not even its references or disclaimer");
        for (String anchor : agreed) {
            assertFalse(catalogue.rulesCiting(Article.SERIOUS_SPINAL_PATHOLOGY_GUIDANCE.cite(anchor)).isEmpty(), anchor);
        }
    }

    @Test
    void everyNewFlagRecommendationAndCautionOfVersion2CitesTheGuidance() {
        for (String id : List.of("flag.SPINAL_METASTATIC_COMPRESSION", "flag.VASCULAR_EMERGENCY", "flag.CAUDA_EQUINA",
                "emergency.cauda-equina", "emergency.spinal-metastatic-compression", "emergency.vascular",
                "fracture.major-trauma", "fracture.osteoporotic", "workup.serious-pathology", "children.no-adult-drugs",
                "caution.cauda-equina-safety-net", "caution.red-flag-questions-not-asked", "caution.children",
                "caution.upper-motor-neuron-signs")) {
            assertTrue(catalogue.citationsByRule().get(id).stream()
                    .anyMatch(c -> c.articleSlug().equals("serious-spinal-pathology-guidance")), id);
        }
    }

    @Test
    void everySeedVersusGuidanceCautionCitesBothSides() {
        List<String> conflicts = catalogue.citationsByRule().keySet().stream().filter(id -> id.startsWith("caution.guidance.")).toList();
        assertEquals(9, conflicts.size(), conflicts::toString);
        for (String id : conflicts) {
            List<Citation> citations = catalogue.citationsByRule().get(id);
            assertTrue(citations.contains(Sources.GUIDE_MANAGEMENT), id);
            assertTrue(citations.stream().anyMatch(c -> !c.articleSlug().equals("serious-spinal-pathology-guidance")), id);
        }
    }

    @Test
    void knowsWhichRulesCiteACitation() {
        assertTrue(catalogue.rulesCiting(Sources.SPT_TREATMENT_ERRORS).contains("caution.opioid-source-conflict"));
        assertTrue(catalogue.rulesCiting(Sources.SNM_SECOND_LINE).contains("schmorl.l2.vertebroplasty"));
        assertTrue(catalogue.rulesCiting(Sources.SPT_CENTRAL_DISC_PROLAPSE).contains("flag.CAUDA_EQUINA"));
        assertEquals(List.of(Sources.SNM_FIRST_LINE, Sources.SPT_TREATMENT_ERRORS),
                catalogue.citationsByRule().get("caution.opioid-source-conflict"));
        assertTrue(catalogue.rulesCiting(new Citation("spinal-pain-treatment", 2, "referral")).isEmpty());
    }

    @Test
    void citingAnUnknownSectionFailsEarly() {
        assertThrows(IllegalArgumentException.class, () -> Article.SPINAL_PAIN_TREATMENT.cite("no-such-section"));
        assertThrows(IllegalArgumentException.class, () -> new Citation("x", 0, "y"));
    }

    @Test
    void theCatalogueIsReadOnly() {
        assertThrows(UnsupportedOperationException.class, () -> catalogue.all().clear());
        assertThrows(UnsupportedOperationException.class, () -> catalogue.citationsByRule().clear());
    }
}
