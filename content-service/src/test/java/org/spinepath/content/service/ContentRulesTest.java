package org.spinepath.content.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.spinepath.common.problem.ProblemException;
import org.spinepath.content.domain.Audience;
import org.spinepath.content.service.ArticleContent.SectionContent;
import org.spinepath.content.service.ArticleContent.VariantContent;

class ContentRulesTest {

    private static VariantContent variant(Audience audience, String... anchors) {
        return new VariantContent(audience, "Title", java.util.Arrays.stream(anchors)
                .map(a -> new SectionContent(a, "Heading " + a, "Body of " + a)).toList());
    }

    private static ArticleContent content(VariantContent... variants) {
        return new ArticleContent("Author", LocalDate.of(2025, 7, 4), null, "Low.", null, List.of(variants));
    }

    @Test
    void bothAudiencesWithTheSameAnchorsPass() {
        ContentRules.check(content(variant(Audience.CLINICIAN, "summary", "referral"),
                variant(Audience.PATIENT, "referral", "summary")), Set.of("summary"));
    }

    @Test
    void aMissingPatientVariantIsRefused() {
        assertThat(ContentRules.problems(content(variant(Audience.CLINICIAN, "summary")), Set.of()))
                .containsExactly("variants: the patient variant is missing");
    }

    @Test
    void variantsWithDifferentAnchorsAreRefused() {
        assertThat(ContentRules.problems(content(variant(Audience.CLINICIAN, "summary", "referral"),
                variant(Audience.PATIENT, "summary")), Set.of()))
                .containsExactly("variants[1].sections: the patient variant must have the same anchors as the"
                        + " clinician variant");
    }

    @Test
    void droppingAPublishedAnchorIsRefusedBecauseCitationsWouldBreak() {
        assertThatThrownBy(() -> ContentRules.check(content(variant(Audience.CLINICIAN, "summary"),
                variant(Audience.PATIENT, "summary")), Set.of("summary", "warning-signs")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(422))
                .hasMessageContaining("anchors warning-signs of the published version are missing");
    }

    @Test
    void aDuplicateAnchorOrAudienceIsRefused() {
        assertThat(ContentRules.problems(content(variant(Audience.CLINICIAN, "summary", "summary"),
                variant(Audience.PATIENT, "summary"), variant(Audience.PATIENT, "summary")), Set.of()))
                .containsExactly("variants[0].sections: anchor summary used more than once",
                        "variants[2].audience: patient appears more than once");
    }
}
