package org.spinepath.triage.engine;

import java.util.List;
import org.spinepath.triage.engine.catalogue.Citation;

/** A lab result and the diseases it points to (the lab table of pathways.md section 5). */
public record LabFinding(String finding, List<String> diseases, List<Citation> citations) {
}
