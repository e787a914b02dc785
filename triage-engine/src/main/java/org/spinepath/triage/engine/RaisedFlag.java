package org.spinepath.triage.engine;

import java.util.List;
import org.spinepath.triage.engine.catalogue.Citation;

/** A flag with the findings (inputs) that raised it; {@code stage} only on CAUDA_EQUINA, otherwise null. */
public record RaisedFlag(Flag flag, CaudaEquinaStage stage, List<String> findings, List<Citation> citations) {

    public RaisedFlag {
        findings = List.copyOf(findings);
        citations = List.copyOf(citations);
    }

    /** A flag without a stage. */
    public RaisedFlag(Flag flag, List<String> findings, List<Citation> citations) {
        this(flag, null, findings, citations);
    }
}
