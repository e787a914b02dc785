package org.spinepath.triage.engine.rules;

import java.util.ArrayList;
import java.util.List;
import org.spinepath.triage.engine.CaudaEquinaStage;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Urgency;
import org.spinepath.triage.engine.catalogue.Cited;
import org.spinepath.triage.engine.catalogue.Citation;

/** A red-flag family of pathways.md section 4. Implementations are stateless. */
public interface FlagRule {

    Flag flag();

    /** The sections every raised flag of this family cites. */
    List<Citation> citations();

    /** The findings that raise the flag for this case; empty when the flag is not raised. */
    List<String> findings(Evaluation evaluation);

    /** The urgency of the raised flag for this case; the flag's own urgency unless the family says otherwise. */
    default Urgency urgency(Evaluation evaluation) {
        return flag().urgency();
    }

    /** The stage of the raised flag, where the family has stages; null otherwise. */
    default CaudaEquinaStage stage(Evaluation evaluation) {
        return null;
    }

    /** What a raised flag adds to the result besides itself (investigations, recommendations). */
    default void addActions(Evaluation evaluation) {
    }

    /** Everything this family can emit, for the citation catalogue. */
    default List<Cited> catalogueEntries() {
        return List.of();
    }

    /** The catalogue id of the flag itself. */
    default String id() {
        return "flag." + flag().name();
    }

    /** Appends a finding once, creating the list on first use (most rules raise nothing). */
    static List<String> add(List<String> findings, String finding) {
        List<String> list = findings == null ? new ArrayList<>(4) : findings;
        if (!list.contains(finding)) {
            list.add(finding);
        }
        return list;
    }

    static List<String> orEmpty(List<String> findings) {
        return findings == null ? List.of() : findings;
    }
}
