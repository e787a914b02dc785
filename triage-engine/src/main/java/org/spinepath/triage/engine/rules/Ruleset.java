package org.spinepath.triage.engine.rules;

import java.util.ArrayList;
import java.util.List;
import org.spinepath.triage.engine.RaisedFlag;
import org.spinepath.triage.engine.model.Case;
import org.spinepath.triage.engine.catalogue.Cited;
import org.spinepath.triage.engine.catalogue.Citation;

/** The rules in the order pathways.md applies them, and everything they can emit. */
public final class Ruleset {

    /** Section 4, in the order the engine checks them. */
    public static final List<FlagRule> FLAG_RULES = List.of(
            new CaudaEquinaRule(),
            new CordCompressionRule(),
            new ProgressiveNeuroDeficitRule(),
            new SpinalMetastaticCompressionRule(),
            new VascularEmergencyRule(),
            new DiscSequestrationRule(),
            new MalignancyRule(),
            new InfectionRule(),
            new FractureRule(),
            new InflammatoryRule(),
            new ElevatedEsrRule(),
            new AgeRiskRule());

    /** Section 6, the first that applies; the last always applies. */
    public static final List<PathwayRule> PATHWAYS = List.of(
            new EmergencyReferralPathway(),
            new SeriousPathologyPathway(),
            new SeriousPathologyWorkupPathway(),
            new DiscHerniationPathway(),
            new SchmorlNodePathway(),
            new InflammatoryBackPainPathway(),
            new MechanicalBackPainPathway(),
            new SoftTissuePainPathway(),
            new FocalInfiltrativePathway(),
            new NoBackPainOutcome());

    private Ruleset() {
    }

    /** A new evaluation of the case with every flag of section 4 raised; no pathway chosen yet. */
    public static Evaluation raiseFlags(Case c) {
        CaseFacts facts = CaseFacts.of(c);
        Evaluation evaluation = new Evaluation(facts, DifferentialTable.score(facts));
        for (FlagRule rule : FLAG_RULES) {
            List<String> findings = rule.findings(evaluation);
            if (!findings.isEmpty()) {
                evaluation.raise(new RaisedFlag(rule.flag(), rule.stage(evaluation), findings, rule.citations()),
                        rule.urgency(evaluation));
            }
        }
        return evaluation;
    }

    /**
     * Section 6: the first pathway step that applies chooses the pathway; the last always applies. Then the
     * floor of {@link UnansweredNeverLowers}, which needs the urgency the case would have without some answers.
     */
    public static void choosePathway(Evaluation evaluation) {
        for (PathwayRule pathway : PATHWAYS) {
            if (pathway.apply(evaluation)) {
                break;
            }
        }
        evaluation.urgencyFloor(UnansweredNeverLowers.floor(evaluation.facts()));
    }

    /** Every rule id with its citations: flags, recommendations, investigations, cautions, lab rows, the table. */
    public static List<Cited> catalogueEntries() {
        List<Cited> entries = new ArrayList<>();
        for (FlagRule rule : FLAG_RULES) {
            entries.add(new Entry(rule.id(), rule.citations()));
            entries.addAll(rule.catalogueEntries());
        }
        for (PathwayRule pathway : PATHWAYS) {
            entries.addAll(pathway.catalogueEntries());
        }
        entries.add(new Entry("differential.table", DifferentialTable.CITATIONS));
        entries.addAll(LabTable.catalogueEntries());
        entries.addAll(ChildrenRule.catalogueEntries());
        entries.addAll(Cautions.catalogueEntries());
        entries.addAll(GuidanceConflicts.catalogueEntries());
        return entries;
    }

    private record Entry(String id, List<Citation> citations) implements Cited {
    }
}
