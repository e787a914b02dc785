package org.spinepath.triage.engine.v1;

import java.util.List;
import org.spinepath.triage.engine.v1.catalogue.Cited;
import org.spinepath.triage.engine.v1.catalogue.Citation;

/** A test or imaging study to order. */
public record Investigation(String id, String text, List<Citation> citations) implements Cited {

    public Investigation {
        citations = List.copyOf(citations);
    }
}
