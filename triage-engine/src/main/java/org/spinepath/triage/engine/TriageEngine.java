package org.spinepath.triage.engine;

import java.util.List;
import java.util.Objects;
import org.spinepath.triage.engine.catalogue.CitationCatalogue;
import org.spinepath.triage.engine.model.Case;
import org.spinepath.triage.engine.rules.CaseFacts;
import org.spinepath.triage.engine.rules.Cautions;
import org.spinepath.triage.engine.rules.ChildrenRule;
import org.spinepath.triage.engine.rules.Evaluation;
import org.spinepath.triage.engine.rules.FlagRule;
import org.spinepath.triage.engine.rules.LabTable;
import org.spinepath.triage.engine.rules.RedFlagScreen;
import org.spinepath.triage.engine.rules.ReferralDecision;
import org.spinepath.triage.engine.rules.Ruleset;

/**
 * The triage engine: the clinical contract of pathways.md as a pure function. {@link #evaluate(Case)}
 * is deterministic, has no side effects and holds no mutable state, so one instance serves any number of
 * threads.
 */
public final class TriageEngine {

    /**
     * The version of the rules and of the article versions they cite. Bump it with every change to a rule,
     * a text or a citation; RulesetFingerprintTest fails until the new fingerprint is recorded with it.
     */
    public static final String RULESET_VERSION = "2.0.0";

    public static final String DISCLAIMER = "SpinePath is clinical decision support. It never replaces clinical "
            + "judgment: the treating clinician makes every decision and remains responsible for it.";

    private static final CitationCatalogue CATALOGUE = new CitationCatalogue(Ruleset.catalogueEntries());

    /** Evaluates one case; null fields anywhere are unknown, never "no". */
    public TriageResult evaluate(Case c) {
        Objects.requireNonNull(c, "case");
        Evaluation evaluation = Ruleset.raiseFlags(c);
        Ruleset.choosePathway(evaluation);
        for (FlagRule rule : Ruleset.FLAG_RULES) {
            if (evaluation.has(rule.flag())) {
                rule.addActions(evaluation);
            }
        }
        ChildrenRule.apply(evaluation);
        List<RedFlagGroupScreen> screen = RedFlagScreen.screen(c, evaluation);
        Cautions.apply(evaluation, screen);

        CaseFacts facts = evaluation.facts();
        Differential differential = new Differential(evaluation.category(), evaluation.scores().asMap(),
                LabTable.findings(facts));
        return new TriageResult(
                evaluation.urgency(),
                List.copyOf(evaluation.flags()),
                differential,
                evaluation.pathway(),
                evaluation.line(),
                List.copyOf(evaluation.recommendations()),
                List.copyOf(evaluation.investigations()),
                List.copyOf(evaluation.cautions()),
                ReferralDecision.decide(evaluation.flags()),
                screen,
                RULESET_VERSION,
                DISCLAIMER);
    }

    /** Every citation the engine can emit, and the rule ids behind each. */
    public CitationCatalogue catalogue() {
        return CATALOGUE;
    }
}
