package org.spinepath.content.service;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.spinepath.content.domain.Audience;
import org.spinepath.content.service.ArticleContent.SectionContent;
import org.spinepath.content.service.ArticleContent.VariantContent;
import org.spinepath.content.service.ArticleImporter.Bundled;

/**
 * The articles SpinePath ships against the shared catalogue of citation targets,
 * docs/clinical/article-anchors.md, which the triage engine cites from.
 */
class BundledArticlesTest {

    private static final Path ANCHORS = Path.of("..", "docs", "clinical", "article-anchors.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| (\\d{4}-\\d{2}-\\d{2}) \\| (.+) \\|$");

    private record Documented(String slug, LocalDate dated, List<String> anchors) {
    }

    private final Map<String, Bundled> bundled = ArticleImporter.readCatalogue("articles/catalogue.txt").stream()
            .collect(Collectors.toMap(Bundled::slug, Function.identity()));

    @Test
    void everyDocumentedAnchorExistsInVersionOneInBothAudiencesAndVersionOneIsDatedAsItsSource() throws IOException {
        List<Documented> documented = documented();
        assertThat(documented).extracting(Documented::slug).containsExactlyInAnyOrder("schmorls-node-management",
                "schmorls-node-incidental", "lumbar-disc-herniation", "spinal-pain-treatment",
                "serious-spinal-pathology-guidance");
        for (Documented article : documented) {
            Bundled version = bundled.get(article.slug());
            assertThat(version).as(article.slug()).isNotNull();
            assertThat(version.version()).isEqualTo(1);
            assertThat(version.content().sourceDate()).as(article.slug()).isEqualTo(article.dated());
            for (Audience audience : Audience.values()) {
                assertThat(anchors(version, audience)).as(article.slug() + " " + audience.code())
                        .containsExactlyElementsOf(article.anchors());
            }
        }
    }

    @Test
    void theShortLumbarPiecesAreRelatedArticlesOfTheLumbarDiscArticleAndLinkBack() {
        List<String> pieces = bundled.get("lumbar-disc-herniation").related().stream()
                .filter(slug -> slug.startsWith("lumbar-disc-herniation-")).toList();
        assertThat(pieces).hasSize(5);
        for (String piece : pieces) {
            assertThat(bundled).containsKey(piece);
            assertThat(bundled.get(piece).related()).contains("lumbar-disc-herniation");
            assertThat(bundled.get(piece).content().sourceDate()).isEqualTo(LocalDate.of(2025, 1, 23));
        }
    }

    @Test
    void everyArticleHasAnAuthorAnEvidenceStatementReferencesAndAProfessionalDisclaimer() {
        for (Bundled version : bundled.values()) {
            ArticleContent content = version.content();
            assertThat(content.author()).as(version.slug()).isNotBlank();
            assertThat(content.evidenceStrength()).as(version.slug()).isNotBlank();
            for (Audience audience : Audience.values()) {
                assertThat(anchors(version, audience)).as(version.slug()).contains("references", "disclaimer");
            }
            assertThat(section(version, Audience.CLINICIAN, "disclaimer").body())
                    .contains("healthcare professionals", "clinical judgment");
        }
    }

    @Test
    void everyRelatedSlugIsAnArticleThatShips() {
        for (Bundled version : bundled.values()) {
            assertThat(bundled.keySet()).as(version.slug()).containsAll(version.related());
        }
    }

    @Test
    void theSchmorlArticlesCiteThePrimaryLiteratureTheirSourcesName() {
        for (String slug : List.of("schmorls-node-management", "schmorls-node-incidental")) {
            String references = section(bundled.get(slug), Audience.CLINICIAN, "references").body();
            assertThat(references).as(slug).contains("European Spine Journal", "2012",
                    "Radiologic findings in two cases of acute Schmörl's nodes", "1999");
        }
    }

    @Test
    void theClinicalFactsTheTriageEngineCitesAreInTheirSections() {
        assertThat(section(bundled.get("schmorls-node-management"), Audience.CLINICIAN, "second-line-management").body())
                .contains("7.9", "2.1", "58 months", "vertebroplasty");
        assertThat(section(bundled.get("spinal-pain-treatment"), Audience.CLINICIAN, "mechanical-pain").body())
                .contains("4 g", "naproxen 250 mg every 8 hours", "diazepam 2 mg every 8 hours", "tolperisone");
        assertThat(section(bundled.get("spinal-pain-treatment"), Audience.CLINICIAN, "epidemiology").body())
                .contains("70%", "90%", "3%", "11%", "19%");
        assertThat(section(bundled.get("spinal-pain-treatment"), Audience.CLINICIAN, "lab-differential").body())
                .contains("HLA-B27", "myeloma", "prostate cancer");
        assertThat(section(bundled.get("spinal-pain-treatment"), Audience.CLINICIAN, "central-disc-prolapse").body())
                .contains("bilateral sciatica", "saddle anaesthesia", "bladder", "decompression");
        assertThat(section(bundled.get("schmorls-node-incidental"), Audience.CLINICIAN, "understanding-schmorls-nodes")
                .body()).contains("70%");
    }

    @Test
    void theGuidanceArticleHasExactlyTheSectionsTheEngineCitesInBothAudiences() {
        Bundled guidance = bundled.get("serious-spinal-pathology-guidance");
        for (Audience audience : Audience.values()) {
            assertThat(anchors(guidance, audience)).as(audience.code()).containsExactly("cauda-equina",
                    "spinal-cord-compression", "spinal-infection", "vertebral-fracture", "vascular-mimics",
                    "red-flag-screening", "imaging-in-back-pain", "management-guidance", "children", "references",
                    "disclaimer");
        }
    }

    @Test
    void theGuidanceArticleCarriesTheTimesStagesAndThresholdsTheEngineCitesItFor() {
        Bundled guidance = bundled.get("serious-spinal-pathology-guidance");
        assertThat(section(guidance, Audience.CLINICIAN, "cauda-equina").body())
                .contains("SUSPECTED", "INCOMPLETE", "WITH_RETENTION", "within 4 hours of the request", "200 ml",
                        "day or", "Safety-netting", "24 hours a day");
        assertThat(section(guidance, Audience.CLINICIAN, "spinal-cord-compression").body())
                .contains("NG234", "CG75", "MSCC coordinator", "whole spine", "within 24 hours", "within 4 hours",
                        "epidural abscess", "upper motor neuron");
        assertThat(section(guidance, Audience.CLINICIAN, "spinal-infection").body())
                .contains("rigors", "recent spinal procedure", "diabetes", "CRP");
        assertThat(section(guidance, Audience.CLINICIAN, "vertebral-fracture").body())
                .contains("major trauma", "osteoporosis", "above 70", "90%");
        assertThat(section(guidance, Audience.CLINICIAN, "vascular-mimics").body())
                .contains("aortic aneurysm", "pulsatile abdominal mass", "vascular surgeon");
        assertThat(section(guidance, Audience.CLINICIAN, "red-flag-screening").body())
                .contains("Ask every question", "Combinations matter", "Single red flags mislead");
        assertThat(section(guidance, Audience.CLINICIAN, "imaging-in-back-pain").body())
                .contains("non-specialist setting", "MRI", "does not exclude metastases");
        assertThat(section(guidance, Audience.CLINICIAN, "children").body())
                .contains("16", "paediatric services");
    }

    @Test
    void theGuidanceSideOfEverySeedVersusGuidanceCautionIsInTheManagementSection() {
        String management = section(bundled.get("serious-spinal-pathology-guidance"), Audience.CLINICIAN,
                "management-guidance").body();
        assertThat(management).contains("bed rest", "keep active", "Paracetamol alone", "Traction, corsets,"
                + " acupuncture and electrotherapy", "Antidepressants", "Imaging after two weeks", "radicular pain",
                "plain X-ray to look for metastases", "sequestered disc", "neurological picture", "age of 50 and the"
                + " age of 55");
    }

    @Test
    void theGuidanceArticleMarksWhatTheTeamCouldNotReadInTheGuidanceAsSpinePathsPosition() {
        Bundled guidance = bundled.get("serious-spinal-pathology-guidance");
        for (String anchor : List.of("cauda-equina", "spinal-cord-compression", "spinal-infection",
                "vertebral-fracture", "vascular-mimics", "red-flag-screening", "imaging-in-back-pain",
                "management-guidance", "children")) {
            assertThat(section(guidance, Audience.CLINICIAN, anchor).body()).as(anchor)
                    .contains("SpinePath's position");
        }
        assertThat(section(guidance, Audience.CLINICIAN, "references").body()).contains("NG59", "NG234", "CG75",
                "Getting It Right First Time", "MRI provision for cauda equina syndrome",
                "Journal of Orthopaedic & Sports Physical Therapy", "2020;50(7):350-372", "BMJ 2013;347:f7095", "NG65");
    }

    private static List<Documented> documented() throws IOException {
        List<Documented> rows = new ArrayList<>();
        for (String line : Files.readAllLines(ANCHORS, UTF_8)) {
            Matcher row = ROW.matcher(line.strip());
            if (row.matches()) {
                List<String> anchors = Pattern.compile("`([a-z0-9-]+)`").matcher(row.group(3)).results()
                        .map(m -> m.group(1)).toList();
                rows.add(new Documented(row.group(1), LocalDate.parse(row.group(2)), anchors));
            }
        }
        return rows;
    }

    private static List<String> anchors(Bundled version, Audience audience) {
        return variant(version, audience).sections().stream().map(SectionContent::anchor).toList();
    }

    private static SectionContent section(Bundled version, Audience audience, String anchor) {
        return variant(version, audience).sections().stream().filter(s -> s.anchor().equals(anchor)).findFirst()
                .orElseThrow(() -> new AssertionError(version.slug() + " has no " + anchor));
    }

    private static VariantContent variant(Bundled version, Audience audience) {
        return version.content().variants().stream().filter(v -> v.audience() == audience).findFirst().orElseThrow();
    }
}
