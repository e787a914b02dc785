package org.spinepath.triage.engine.v1.rules;

import java.util.ArrayList;
import java.util.List;
import org.spinepath.triage.engine.v1.Caution;
import org.spinepath.triage.engine.v1.DifferentialCategory;
import org.spinepath.triage.engine.v1.Flag;
import org.spinepath.triage.engine.v1.Investigation;
import org.spinepath.triage.engine.v1.Pathway;
import org.spinepath.triage.engine.v1.RaisedFlag;
import org.spinepath.triage.engine.v1.Recommendation;
import org.spinepath.triage.engine.v1.Urgency;

/**
 * The working state of one evaluation: created per call and never shared, which is what keeps the
 * engine thread-safe while the rules themselves are stateless.
 */
public final class Evaluation {

    private final CaseFacts facts;
    private final DifferentialTable.Scores scores;
    private final DifferentialCategory category;
    private final List<RaisedFlag> flags = new ArrayList<>(4);
    private int flagMask;
    private Pathway pathway;
    private Integer line;
    private Urgency pathwayUrgency = Urgency.SELF_CARE;
    private final List<Recommendation> recommendations = new ArrayList<>(10);
    private final List<Investigation> investigations = new ArrayList<>(4);
    private final List<Caution> cautions = new ArrayList<>(4);

    public Evaluation(CaseFacts facts, DifferentialTable.Scores scores) {
        this.facts = facts;
        this.scores = scores;
        this.category = scores.winner();
    }

    public CaseFacts facts() {
        return facts;
    }

    public DifferentialTable.Scores scores() {
        return scores;
    }

    /** The winning differential category, null when no feature matched. */
    public DifferentialCategory category() {
        return category;
    }

    public void raise(RaisedFlag flag) {
        flags.add(flag);
        flagMask |= 1 << flag.flag().ordinal();
    }

    public boolean has(Flag flag) {
        return (flagMask & (1 << flag.ordinal())) != 0;
    }

    public boolean hasAnyOf(Flag a, Flag b) {
        return has(a) || has(b);
    }

    public List<RaisedFlag> flags() {
        return flags;
    }

    public void choosePathway(Pathway chosen, Integer chosenLine, Urgency urgency) {
        this.pathway = chosen;
        this.line = chosenLine;
        this.pathwayUrgency = urgency;
    }

    public Pathway pathway() {
        return pathway;
    }

    public Integer line() {
        return line;
    }

    public Urgency pathwayUrgency() {
        return pathwayUrgency;
    }

    /** Adds a recommendation unless one with the same id is already there. */
    public void recommend(Recommendation recommendation) {
        for (Recommendation existing : recommendations) {
            if (existing.id().equals(recommendation.id())) {
                return;
            }
        }
        recommendations.add(recommendation);
    }

    public boolean recommends(String id) {
        for (Recommendation existing : recommendations) {
            if (existing.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    public List<Recommendation> recommendations() {
        return recommendations;
    }

    /** Adds an investigation unless one with the same id is already there. */
    public void order(Investigation investigation) {
        for (Investigation existing : investigations) {
            if (existing.id().equals(investigation.id())) {
                return;
            }
        }
        investigations.add(investigation);
    }

    public List<Investigation> investigations() {
        return investigations;
    }

    public void caution(Caution caution) {
        for (Caution existing : cautions) {
            if (existing.id().equals(caution.id())) {
                return;
            }
        }
        cautions.add(caution);
    }

    public List<Caution> cautions() {
        return cautions;
    }

    /** The most severe of the flags and the pathway (pathways.md section 4, last line). */
    public Urgency urgency() {
        Urgency urgency = pathwayUrgency;
        for (RaisedFlag raised : flags) {
            urgency = Urgency.mostSevere(urgency, raised.flag().urgency());
        }
        return urgency;
    }
}
