package org.spinepath.triage.engine.v1;

import java.util.List;
import org.spinepath.triage.engine.v1.catalogue.Citation;

/** A flag with the findings (inputs) that raised it. */
public record RaisedFlag(Flag flag, List<String> findings, List<Citation> citations) {

    public RaisedFlag {
        findings = List.copyOf(findings);
        citations = List.copyOf(citations);
    }
}
