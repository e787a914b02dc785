package org.spinepath.triage.engine.v1;

import java.util.List;
import org.spinepath.triage.engine.v1.catalogue.Citation;

/** A lab result and the diseases it points to (the lab table of pathways.md section 5). */
public record LabFinding(String finding, List<String> diseases, List<Citation> citations) {
}
