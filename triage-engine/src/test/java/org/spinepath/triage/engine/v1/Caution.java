package org.spinepath.triage.engine.v1;

import java.util.List;
import org.spinepath.triage.engine.v1.catalogue.Cited;
import org.spinepath.triage.engine.v1.catalogue.Citation;

/** A pitfall or a conflict between sources; a conflict cites each side. */
public record Caution(String id, String text, List<Citation> citations) implements Cited {

    public Caution {
        citations = List.copyOf(citations);
    }
}
