package org.spinepath.triage.engine;

import java.util.List;
import org.spinepath.triage.engine.catalogue.Citation;

/** A flag with the findings (inputs) that raised it. */
public record RaisedFlag(Flag flag, List<String> findings, List<Citation> citations) {

    public RaisedFlag {
        findings = List.copyOf(findings);
        citations = List.copyOf(citations);
    }
}
