package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.DifferentialCategory;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.model.Case;
import org.spinepath.triage.engine.properties.PropertyRunner;
import org.spinepath.triage.engine.properties.Shrinker;

/**
 * The red-flag screen re-evaluates a variant of the case per unanswered question and trusts two static facts
 * to skip work: the flags whose rules read each question ({@link RedFlagScreen.Question#readBy()}), and the
 * fields the differential table reads ({@link DifferentialTable#reads}). Both are claims about the rules; these
 * properties check them over generated cases, for every question and whether or not it was answered.
 */
class RedFlagScreenDependenciesTest {

    /** The case with the question set to its positive value, as the screen builds it. */
    static Case withPositive(Case c, RedFlagScreen.Question question) {
        Case base = c.presentation() == null && question.section().equals("presentation")
                ? Shrinker.set(c, "presentation.painIntensity", 0) : c;
        return Shrinker.set(base, question.section() + "." + question.name(), question.positive());
    }

    @Test
    @DisplayName("what a question does not reach stays as it was: the flags whose rules do not read it, and the scores")
    void whatAQuestionDoesNotReachStaysAsItWas() {
        PropertyRunner.forAllCases(c -> {
            Evaluation before = Ruleset.raiseFlags(c);
            for (RedFlagScreen.Question question : RedFlagScreen.QUESTIONS) {
                Evaluation after = Ruleset.raiseFlags(withPositive(c, question));
                for (Flag flag : Flag.values()) {
                    if (!question.readBy().contains(flag)) {
                        assertEquals(before.urgencyOf(flag), after.urgencyOf(flag),
                                () -> flag + " changed with " + question.name() + " though its rule does not read it");
                    }
                }
                if (!DifferentialTable.reads(question.section(), question.name())) {
                    assertEquals(before.scores().asMap(), after.scores().asMap(),
                            () -> "the scores changed with " + question.name() + " though the table does not read it");
                }
            }
        });
    }

    @Test
    @DisplayName("the compiled table scores as its rows and cells say")
    void theCompiledTableScoresAsTheRowsSay() {
        PropertyRunner.forAllCases(c -> {
            CaseFacts facts = CaseFacts.of(c);
            DifferentialTable.Scores scores = DifferentialTable.score(facts);
            for (DifferentialCategory category : DifferentialCategory.values()) {
                int points = 0;
                for (DifferentialTable.Row row : DifferentialTable.ROWS) {
                    Object value = row.value().apply(facts);
                    if (value != null && row.matches(category, value)) {
                        points++;
                    }
                }
                assertEquals(points, scores.of(category), category.name());
            }
        });
    }
}
