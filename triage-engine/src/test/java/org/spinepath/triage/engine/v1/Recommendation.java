package org.spinepath.triage.engine.v1;

import java.util.List;
import org.spinepath.triage.engine.v1.catalogue.Cited;
import org.spinepath.triage.engine.v1.catalogue.Citation;

/** One recommended action, with a stable id, its line (null outside lined pathways) and its sources. */
public record Recommendation(String id, Integer line, String text, List<Citation> citations) implements Cited {

    public Recommendation {
        citations = List.copyOf(citations);
    }
}
