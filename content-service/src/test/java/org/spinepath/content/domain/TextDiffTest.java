package org.spinepath.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.spinepath.content.domain.TextDiff.Edit;
import org.spinepath.content.domain.TextDiff.Op;

class TextDiffTest {

    @Test
    void aChangedDoseShowsAsOneDeletionAndOneInsertionInUnchangedText() {
        List<Edit> edits = TextDiff.diff("naproxen 250 mg every 8 hours", "naproxen 500 mg every 12 hours");

        assertThat(edits).containsExactly(
                new Edit(Op.EQUAL, "naproxen "),
                new Edit(Op.DELETE, "250"),
                new Edit(Op.INSERT, "500"),
                new Edit(Op.EQUAL, " mg every "),
                new Edit(Op.DELETE, "8"),
                new Edit(Op.INSERT, "12"),
                new Edit(Op.EQUAL, " hours"));
    }

    @Test
    void theEditsRebuildBothTexts() {
        String before = "Rest on a firm mattress. Paracetamol up to 4 g a day, heat.";
        String after = "Keep moving. Paracetamol up to 4 g a day, and heat; avoid bed rest.";

        List<Edit> edits = TextDiff.diff(before, after);

        assertThat(text(edits, Op.INSERT)).isEqualTo(after);
        assertThat(text(edits, Op.DELETE)).isEqualTo(before);
    }

    @Test
    void identicalTextsHaveNoChange() {
        List<Edit> edits = TextDiff.diff("same words", "same words");

        assertThat(edits).containsExactly(new Edit(Op.EQUAL, "same words"));
        assertThat(TextDiff.changed(edits)).isFalse();
    }

    @Test
    void anAddedSectionIsOneInsertion() {
        assertThat(TextDiff.diff("", "new text")).containsExactly(new Edit(Op.INSERT, "new text"));
        assertThat(TextDiff.diff("old text", "")).containsExactly(new Edit(Op.DELETE, "old text"));
    }

    @Test
    void textsTooLargeToCompareWordByWordAreShownAsReplaced() {
        String before = "a ".repeat(1500);
        String after = "b ".repeat(1500);

        assertThat(TextDiff.diff(before, after)).containsExactly(new Edit(Op.DELETE, before), new Edit(Op.INSERT, after));
    }

    /** The text on one side: unchanged runs plus the runs of {@code side}. */
    private static String text(List<Edit> edits, Op side) {
        return edits.stream().filter(e -> e.op() == Op.EQUAL || e.op() == side).map(Edit::text)
                .collect(Collectors.joining());
    }
}
