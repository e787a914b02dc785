package org.spinepath.triage.engine.v1.rules;

import java.util.ArrayList;
import java.util.List;
import org.spinepath.triage.engine.v1.catalogue.Cited;
import org.spinepath.triage.engine.v1.catalogue.Citation;

/** The rules in the order pathways.md applies them, and everything they can emit. */
public final class Ruleset {

    /** Section 4, in the order the engine checks them. */
    public static final List<FlagRule> FLAG_RULES = List.of(
            new CaudaEquinaRule(),
            new CordCompressionRule(),
            new ProgressiveNeuroDeficitRule(),
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
            new DiscHerniationPathway(),
            new SchmorlNodePathway(),
            new InflammatoryBackPainPathway(),
            new MechanicalBackPainPathway(),
            new SoftTissuePainPathway(),
            new FocalInfiltrativePathway(),
            new NoBackPainOutcome());

    private Ruleset() {
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
        entries.addAll(Cautions.catalogueEntries());
        return entries;
    }

    private record Entry(String id, List<Citation> citations) implements Cited {
    }
}
