package org.spinepath.triage.engine;

import java.util.List;
import org.spinepath.triage.engine.catalogue.Cited;
import org.spinepath.triage.engine.catalogue.Citation;

/** A test or imaging study to order. */
public record Investigation(String id, String text, List<Citation> citations) implements Cited {

    public Investigation {
        citations = List.copyOf(citations);
    }
}
