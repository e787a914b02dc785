package org.spinepath.triage.engine.rules;

import java.util.ArrayList;
import java.util.List;
import org.spinepath.triage.engine.Caution;
import org.spinepath.triage.engine.DifferentialCategory;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Investigation;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.RaisedFlag;
import org.spinepath.triage.engine.Recommendation;
import org.spinepath.triage.engine.Urgency;

/**
 * The working state of one evaluation: created per call and never shared, which is what keeps the
 * engine thread-safe while the rules themselves are stateless.
 * <p>
 * A screening evaluation ({@link #forScreening}) decides flags, pathway and urgency only: the red-flag screen
 * runs one per unanswered question, and what it keeps of each is its urgency, so it records neither the raised
 * flags' findings nor any recommendation, investigation or caution.
 */
public final class Evaluation {

    private static final Urgency[] URGENCIES = Urgency.values();
    /** Bits per flag in {@link #flagUrgencies}: enough for the urgency's ordinal plus one (0 is "not raised"). */
    private static final int URGENCY_BITS = 3;
    private static final long URGENCY_MASK = (1L << URGENCY_BITS) - 1;

    static {
        if (URGENCIES.length > URGENCY_MASK || Flag.values().length * URGENCY_BITS > Long.SIZE) {
            throw new IllegalStateException("the urgencies of the flags no longer fit in one long");
        }
    }

    private final CaseFacts facts;
    private final DifferentialTable.Scores scores;
    private final DifferentialCategory category;
    private final boolean recordsActions;
    private final List<RaisedFlag> flags;
    /** The urgency of each raised flag, {@link #URGENCY_BITS} bits per flag by ordinal: kept in a word, not an array. */
    private long flagUrgencies;
    private int flagMask;
    private Pathway pathway;
    private Integer line;
    private Urgency pathwayUrgency = Urgency.SELF_CARE;
    private Urgency urgencyFloor = Urgency.SELF_CARE;
    private final List<Recommendation> recommendations;
    private final List<Investigation> investigations;
    private final List<Caution> cautions;

    public Evaluation(CaseFacts facts, DifferentialTable.Scores scores) {
        this(facts, scores, true);
    }

    private Evaluation(CaseFacts facts, DifferentialTable.Scores scores, boolean recordsActions) {
        this.facts = facts;
        this.scores = scores;
        this.category = scores.winner();
        this.recordsActions = recordsActions;
        this.flags = recordsActions ? new ArrayList<>(4) : List.of();
        this.recommendations = recordsActions ? new ArrayList<>(10) : List.of();
        this.investigations = recordsActions ? new ArrayList<>(4) : List.of();
        this.cautions = recordsActions ? new ArrayList<>(4) : List.of();
    }

    /** An evaluation that decides flags, pathway and urgency, and drops everything else. */
    static Evaluation forScreening(CaseFacts facts, DifferentialTable.Scores scores) {
        return new Evaluation(facts, scores, false);
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

    public void raise(RaisedFlag flag, Urgency urgency) {
        if (recordsActions) {
            flags.add(flag);
        }
        mark(flag.flag(), urgency);
    }

    /** Raises a flag on a screening evaluation, which keeps no findings. */
    void raise(Flag flag, Urgency urgency) {
        mark(flag, urgency);
    }

    private void mark(Flag flag, Urgency urgency) {
        int shift = URGENCY_BITS * flag.ordinal();
        flagUrgencies = (flagUrgencies & ~(URGENCY_MASK << shift)) | ((urgency.ordinal() + 1L) << shift);
        flagMask |= 1 << flag.ordinal();
    }

    public boolean has(Flag flag) {
        return (flagMask & (1 << flag.ordinal())) != 0;
    }

    /** True when every flag of {@code mask} (bits by ordinal) is raised. */
    boolean hasAll(int mask) {
        return (flagMask & mask) == mask;
    }

    public boolean hasAnyOf(Flag a, Flag b) {
        return has(a) || has(b);
    }

    public List<RaisedFlag> flags() {
        return flags;
    }

    /** True when a raised flag is at EMERGENCY for this case (FRACTURE after major trauma included). */
    public boolean anyEmergencyFlag() {
        return mostSevereFlagUrgency() == Urgency.EMERGENCY;
    }

    /** The urgency the raised flag imposes on this case; null when it is not raised. */
    public Urgency urgencyOf(Flag flag) {
        int stored = (int) ((flagUrgencies >>> (URGENCY_BITS * flag.ordinal())) & URGENCY_MASK);
        return stored == 0 ? null : URGENCIES[stored - 1];
    }

    /** The most severe urgency of the raised flags; SELF_CARE when none is raised. */
    private Urgency mostSevereFlagUrgency() {
        Urgency urgency = Urgency.SELF_CARE;
        for (long rest = flagUrgencies; rest != 0; rest >>>= URGENCY_BITS) {
            int stored = (int) (rest & URGENCY_MASK);
            if (stored != 0) {
                urgency = Urgency.mostSevere(urgency, URGENCIES[stored - 1]);
            }
        }
        return urgency;
    }

    public void choosePathway(Pathway chosen, Integer chosenLine, Urgency urgency) {
        this.pathway = chosen;
        this.line = chosenLine;
        this.pathwayUrgency = urgency;
    }

    /** The least urgency the result may have, whatever its flags and pathway ({@link UnansweredNeverLowers}). */
    void urgencyFloor(Urgency floor) {
        this.urgencyFloor = floor;
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

    /** Replaces the recommendations, for the rules that rewrite them (children). */
    public void replaceRecommendations(List<Recommendation> replacement) {
        if (!recordsActions) {
            return;
        }
        recommendations.clear();
        recommendations.addAll(replacement);
    }

    /** Adds a recommendation unless one with the same id is already there. */
    public void recommend(Recommendation recommendation) {
        if (!recordsActions) {
            return;
        }
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
        if (!recordsActions) {
            return;
        }
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
        if (!recordsActions) {
            return;
        }
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

    /**
     * The most severe of each flag's urgency, the pathway's, and SOON for a child with back pain (pathways.md
     * section 4, after AGE_RISK), and never below the floor of {@link UnansweredNeverLowers}.
     */
    public Urgency urgency() {
        Urgency urgency = Urgency.mostSevere(Urgency.mostSevere(pathwayUrgency, urgencyFloor), mostSevereFlagUrgency());
        return Urgency.mostSevere(urgency, ChildrenRule.minimumUrgency(facts));
    }
}
