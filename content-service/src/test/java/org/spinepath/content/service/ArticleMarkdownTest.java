package org.spinepath.content.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.spinepath.content.domain.Audience;
import org.spinepath.content.service.ArticleContent.SectionContent;
import org.spinepath.content.service.ArticleContent.VariantContent;

class ArticleMarkdownTest {

    @Test
    void theTitleAndEachAnchoredSectionAreRead() {
        VariantContent variant = ArticleMarkdown.parse(Audience.PATIENT, """

                # Back pain

                ## How common it is {#epidemiology}

                Most people have it.

                - once

                ## Warning signs {#warning-signs}
                Tell a doctor.
                """, "test.md");

        assertThat(variant.title()).isEqualTo("Back pain");
        assertThat(variant.sections()).containsExactly(
                new SectionContent("epidemiology", "How common it is", "Most people have it.\n\n- once"),
                new SectionContent("warning-signs", "Warning signs", "Tell a doctor."));
    }

    @Test
    void aSectionWithoutAnAnchorIsAnError() {
        assertThatThrownBy(() -> ArticleMarkdown.parse(Audience.CLINICIAN, "# T\n\n## Heading\n\ntext\n", "x.md"))
                .hasMessage("x.md line 3: section heading without {#anchor}");
    }

    @Test
    void textBeforeTheFirstSectionIsAnError() {
        assertThatThrownBy(() -> ArticleMarkdown.parse(Audience.CLINICIAN, "# T\nloose\n## H {#h}\nx", "x.md"))
                .hasMessage("x.md line 2: text before the first section");
    }
}
