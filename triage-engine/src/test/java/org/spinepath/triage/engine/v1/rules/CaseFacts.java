package org.spinepath.triage.engine.v1.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.spinepath.triage.engine.v1.model.Case;
import org.spinepath.triage.engine.v1.model.History;
import org.spinepath.triage.engine.v1.model.Imaging;
import org.spinepath.triage.engine.v1.model.Labs;
import org.spinepath.triage.engine.v1.model.Neurology;
import org.spinepath.triage.engine.v1.model.Patient;
import org.spinepath.triage.engine.v1.model.Presentation;
import org.spinepath.triage.engine.v1.model.SchmorlNode;
import org.spinepath.triage.engine.v1.model.Systemic;
import org.spinepath.triage.engine.v1.model.TreatmentHistory;

/**
 * Null-safe view of a case: a missing section reads as a section whose every field is unknown, so
 * rules can ask {@code yes(neurology().saddleAnesthesia())} without a null check. Unknown stays
 * distinct from no: {@link #yes(Boolean)} and {@link #no(Boolean)} are both false for null.
 */
public final class CaseFacts {

    private static final Patient NO_PATIENT = new Patient(null, null, null, null);
    private static final History NO_HISTORY = new History(null, null, null, null, null, null, null, null);
    private static final Presentation NO_PRESENTATION = new Presentation(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    private static final Neurology NO_NEUROLOGY = new Neurology(null, null, null, null, null, null, null, null, null, null);
    private static final Systemic NO_SYSTEMIC = new Systemic(null, null, null);
    private static final Imaging NO_IMAGING = new Imaging(null, null, null, null, null, null, null, null);
    private static final Labs NO_LABS = new Labs(null, null, null, null, null, null, null, null);
    private static final TreatmentHistory NO_TREATMENT = new TreatmentHistory(null, null, null, null);

    private final Case source;
    private final Patient patient;
    private final History history;
    private final Presentation presentation;
    private final Neurology neurology;
    private final Systemic systemic;
    private final Imaging imaging;
    private final Labs labs;
    private final TreatmentHistory treatment;
    private final List<SchmorlNode> schmorlNodes;
    private final boolean asymptomatic;

    private CaseFacts(Case c) {
        this.source = c;
        this.patient = c.patient() == null ? NO_PATIENT : c.patient();
        this.history = c.history() == null ? NO_HISTORY : c.history();
        this.presentation = c.presentation() == null ? NO_PRESENTATION : c.presentation();
        this.neurology = c.neurology() == null ? NO_NEUROLOGY : c.neurology();
        this.systemic = c.systemic() == null ? NO_SYSTEMIC : c.systemic();
        this.imaging = c.imaging() == null ? NO_IMAGING : c.imaging();
        this.labs = c.labs() == null ? NO_LABS : c.labs();
        this.treatment = c.treatmentHistory() == null ? NO_TREATMENT : c.treatmentHistory();
        this.schmorlNodes = nonNullNodes(imaging.schmorlNodes());
        // pathways.md section 2: "painIntensity 0 or absent presentation" is asymptomatic. A recorded
        // presentation whose intensity is unknown is a case with pain of unknown intensity.
        Integer intensity = presentation.painIntensity();
        this.asymptomatic = c.presentation() == null || (intensity != null && intensity <= 0);
    }

    public static CaseFacts of(Case c) {
        return new CaseFacts(c);
    }

    private static List<SchmorlNode> nonNullNodes(List<SchmorlNode> nodes) {
        if (nodes == null || nodes.isEmpty()) {
            return List.of();
        }
        if (!nodes.contains(null)) {
            return Collections.unmodifiableList(nodes);
        }
        List<SchmorlNode> present = new ArrayList<>(nodes.size());
        for (SchmorlNode node : nodes) {
            if (node != null) {
                present.add(node);
            }
        }
        return present;
    }

    public Case source() {
        return source;
    }

    public Patient patient() {
        return patient;
    }

    public History history() {
        return history;
    }

    public Presentation presentation() {
        return presentation;
    }

    public Neurology neurology() {
        return neurology;
    }

    public Systemic systemic() {
        return systemic;
    }

    public Imaging imaging() {
        return imaging;
    }

    public Labs labs() {
        return labs;
    }

    public TreatmentHistory treatment() {
        return treatment;
    }

    /** The Schmorl's nodes on imaging, never null, without null elements. */
    public List<SchmorlNode> schmorlNodes() {
        return schmorlNodes;
    }

    /** No back pain at all: painIntensity 0, or no presentation recorded. */
    public boolean asymptomatic() {
        return asymptomatic;
    }

    public boolean hasBackPain() {
        return !asymptomatic;
    }

    /** Age in years, or null when unknown. */
    public Integer age() {
        return patient.ageYears();
    }

    public boolean ageAbove(int years) {
        return patient.ageYears() != null && patient.ageYears() > years;
    }

    public boolean ageBelow(int years) {
        return patient.ageYears() != null && patient.ageYears() < years;
    }

    /** ESR above 25 mm/h (the screening threshold of pathways.md section 4). */
    public boolean esrRaised() {
        Double esr = labs.esrMmPerHour();
        return esr != null && esr > ElevatedEsrRule.THRESHOLD_MM_PER_HOUR;
    }

    public String esrFinding() {
        return "esrMmPerHour=" + number(labs.esrMmPerHour()) + " (>" + number(ElevatedEsrRule.THRESHOLD_MM_PER_HOUR) + ")";
    }

    public String ageFinding(String comparison) {
        return "ageYears=" + patient.ageYears() + " (" + comparison + ")";
    }

    /** Known and true. */
    public static boolean yes(Boolean value) {
        return value != null && value;
    }

    /** Known and false. */
    public static boolean no(Boolean value) {
        return value != null && !value;
    }

    /** A number as a clinician writes it: 62 rather than 62.0. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
