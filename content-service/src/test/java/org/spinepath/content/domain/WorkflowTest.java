package org.spinepath.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spinepath.content.domain.ArticleStatus.APPROVED;
import static org.spinepath.content.domain.ArticleStatus.DRAFT;
import static org.spinepath.content.domain.ArticleStatus.RETRACTED;
import static org.spinepath.content.domain.ArticleStatus.SUBMITTED;
import static org.spinepath.content.domain.ArticleStatus.UNDER_REVIEW;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkflowTest {

    private static final String LABEL = "version 2 of spinal-pain-treatment";

    /** The only legal moves: (state, action) → next state. Everything else must be refused. */
    private static final Map<ArticleStatus, Map<WorkflowAction, ArticleStatus>> LEGAL = Map.of(
            DRAFT, Map.of(WorkflowAction.EDIT, DRAFT, WorkflowAction.SUBMIT, SUBMITTED),
            SUBMITTED, Map.of(WorkflowAction.START_REVIEW, UNDER_REVIEW),
            UNDER_REVIEW, Map.of(WorkflowAction.APPROVE, APPROVED, WorkflowAction.REJECT, DRAFT),
            APPROVED, Map.of(WorkflowAction.RETRACT, RETRACTED),
            RETRACTED, Map.of());

    static Stream<Arguments> legalMoves() {
        return LEGAL.entrySet().stream().flatMap(state -> state.getValue().entrySet().stream()
                .map(move -> Arguments.of(state.getKey(), move.getKey(), move.getValue())));
    }

    static Stream<Arguments> illegalMoves() {
        return EnumSet.allOf(ArticleStatus.class).stream().flatMap(state -> EnumSet.allOf(WorkflowAction.class)
                .stream().filter(action -> !LEGAL.get(state).containsKey(action))
                .map(action -> Arguments.of(state, action)));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("legalMoves")
    void legalMovesLeadToTheirNextState(ArticleStatus from, WorkflowAction action, ArticleStatus to) {
        assertThat(Workflow.next(from, action, LABEL)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{1} is refused in {0}")
    @MethodSource("illegalMoves")
    void everyOtherMoveIsRefusedWithTheCurrentStateInTheReason(ArticleStatus from, WorkflowAction action) {
        assertThatThrownBy(() -> Workflow.next(from, action, LABEL))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining(LABEL)
                .satisfies(e -> assertThat(((IllegalTransitionException) e).reason())
                        .isNotEqualTo(IllegalTransitionException.Reason.FOUR_EYES));
    }

    @Test
    void thirtyFourOfTheFortyStateActionPairsAreIllegal() {
        // 5 states x 8 actions = 40 pairs, 6 of them legal; creation actions never apply to an existing version.
        assertThat(illegalMoves().count()).isEqualTo(34);
    }

    @Test
    void approvingASubmittedVersionAsksForTheReviewToStartFirst() {
        assertThatThrownBy(() -> Workflow.next(SUBMITTED, WorkflowAction.APPROVE, LABEL))
                .hasMessage("cannot approve version 2 of spinal-pain-treatment: it is SUBMITTED, and only a version"
                        + " that is UNDER_REVIEW can be approved; start the review first");
    }

    @Test
    void editingAPublishedVersionIsRefusedBecauseItIsImmutable() {
        for (ArticleStatus published : Set.of(APPROVED, RETRACTED)) {
            assertThatThrownBy(() -> Workflow.next(published, WorkflowAction.EDIT, LABEL))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.reason())
                            .isEqualTo(IllegalTransitionException.Reason.IMMUTABLE_VERSION))
                    .hasMessageContaining("create a new draft");
        }
    }

    @Test
    void aRetractedVersionIsFinal() {
        assertThatThrownBy(() -> Workflow.next(RETRACTED, WorkflowAction.RETRACT, LABEL))
                .hasMessageContaining("a retracted version is final");
    }

    @Test
    void rejectionReturnsTheVersionToItsEditor() {
        assertThat(Workflow.next(UNDER_REVIEW, WorkflowAction.REJECT, LABEL)).isEqualTo(DRAFT);
    }

    @Test
    void anAuthorCannotReviewOrApproveTheirOwnVersion() {
        assertThatThrownBy(() -> Workflow.requireSecondPair(Set.of("editor1", "editor2"), "editor2",
                WorkflowAction.APPROVE, LABEL))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.reason())
                        .isEqualTo(IllegalTransitionException.Reason.FOUR_EYES))
                .hasMessageContaining("editor2 wrote or submitted it");
    }

    @Test
    void someoneWhoDidNotWriteTheVersionMayApproveIt() {
        Workflow.requireSecondPair(Set.of("editor1"), "reviewer1", WorkflowAction.APPROVE, LABEL);
    }

    @Test
    void onlyDraftsSubmissionsAndReviewsAreOpenAndOnlyApprovedAndRetractedArePublished() {
        assertThat(EnumSet.allOf(ArticleStatus.class).stream().filter(ArticleStatus::isOpen))
                .containsExactlyInAnyOrder(DRAFT, SUBMITTED, UNDER_REVIEW);
        assertThat(EnumSet.allOf(ArticleStatus.class).stream().filter(ArticleStatus::isPublished))
                .containsExactlyInAnyOrder(APPROVED, RETRACTED);
    }
}
