package org.spinepath.triage.engine.v1.rules;

import java.util.List;
import org.spinepath.triage.engine.v1.catalogue.Cited;

/** One step of pathways.md section 6 ("the first that applies"). Implementations are stateless. */
public interface PathwayRule {

    /** Chooses the pathway and adds its recommendations when this step applies; false otherwise. */
    boolean apply(Evaluation evaluation);

    /** Everything this pathway can emit, for the citation catalogue. */
    List<Cited> catalogueEntries();
}
