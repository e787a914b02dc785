package org.spinepath.triage.engine.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.spinepath.triage.engine.DifferentialCategory;
import org.spinepath.triage.engine.catalogue.Article;
import org.spinepath.triage.engine.catalogue.Citation;
import org.spinepath.triage.engine.model.Localization;
import org.spinepath.triage.engine.model.NightPain;
import org.spinepath.triage.engine.model.Onset;
import org.spinepath.triage.engine.model.PainResponse;
import org.spinepath.triage.engine.model.Sciatica;
import org.spinepath.triage.engine.model.Symmetry;

/**
 * pathways.md section 5, the differential table, as data: one row per feature, one cell per category
 * holding the values that score a point there ("variable" is the empty cell). A feature whose value is
 * unknown scores nothing anywhere. The category with the most points wins; a tie goes to the more
 * dangerous, in the order of {@link DifferentialCategory} (FOCAL_INFILTRATIVE, INFLAMMATORY,
 * MECHANICAL, SOFT_TISSUE).
 */
public final class DifferentialTable {

    public static final List<Citation> CITATIONS = List.of(Article.SPINAL_PAIN_TREATMENT.cite("differential-table"));

    /** Pain intensity bands of the table: moderate is 4-6, severe ("expressed") is 7-10. */
    public enum Intensity { MILD, MODERATE, SEVERE }

    /** Morning stiffness bands: none (0 min), up to 30 min, above 30 min. */
    public enum Stiffness { NONE, UP_TO_30_MIN, ABOVE_30_MIN }

    /** Whether neurological symptoms or systemic signs are present, as far as the case tells. */
    public enum Presence { PRESENT, ABSENT }

    public static final int MODERATE_INTENSITY_FROM = 4;
    public static final int SEVERE_INTENSITY_FROM = 7;
    public static final int STIFFNESS_MECHANICAL_UP_TO_MIN = 30;

    /** pathways.md section 4: a focal infiltrative score of 6 or more raises MALIGNANCY or INFECTION. */
    public static final int FOCAL_INFILTRATIVE_REFERRAL_SCORE = 6;

    private static final Set<Object> VARIABLE = Set.of();

    /** One feature: how to read it from the case, and the values each category scores. */
    public record Row(String feature, Function<CaseFacts, Object> value, Map<DifferentialCategory, Set<Object>> cells) {

        boolean matches(DifferentialCategory category, Object featureValue) {
            return cells.get(category).contains(featureValue);
        }
    }

    /** The table; columns in the order of pathways.md: mechanical, inflammatory, soft tissue, focal infiltrative. */
    public static final List<Row> ROWS = List.of(
            row("onset", f -> f.presentation().onset(),
                    Set.of(Onset.ACUTE), Set.of(Onset.SUBACUTE), Set.of(Onset.SUBACUTE), Set.of(Onset.GRADUAL)),
            row("localization", f -> f.presentation().localization(),
                    Set.of(Localization.DIFFUSE), Set.of(Localization.DIFFUSE), Set.of(Localization.DIFFUSE),
                    Set.of(Localization.FOCAL)),
            row("symmetry", f -> f.presentation().symmetry(),
                    Set.of(Symmetry.UNILATERAL), Set.of(Symmetry.BILATERAL), Set.of(Symmetry.GENERALIZED),
                    Set.of(Symmetry.UNILATERAL, Symmetry.MIDLINE)),
            row("intensity", DifferentialTable::intensity,
                    VARIABLE, Set.of(Intensity.MODERATE), Set.of(Intensity.MODERATE), Set.of(Intensity.SEVERE)),
            row("neurological symptoms", DifferentialTable::neurologicalSymptoms,
                    Set.of(Presence.PRESENT), Set.of(Presence.ABSENT), Set.of(Presence.ABSENT), Set.of(Presence.ABSENT)),
            row("morning stiffness", DifferentialTable::morningStiffness,
                    Set.of(Stiffness.UP_TO_30_MIN), Set.of(Stiffness.ABOVE_30_MIN), VARIABLE, Set.of(Stiffness.NONE)),
            row("pain with rest", f -> f.presentation().painWithRest(),
                    Set.of(PainResponse.BETTER), Set.of(PainResponse.WORSE), VARIABLE, Set.of(PainResponse.UNCHANGED)),
            row("pain with activity", f -> f.presentation().painWithActivity(),
                    Set.of(PainResponse.WORSE), Set.of(PainResponse.BETTER), VARIABLE, Set.of(PainResponse.UNCHANGED)),
            row("night pain", f -> f.presentation().nightPain(),
                    Set.of(NightPain.POSITIONAL), Set.of(NightPain.MODERATE), Set.of(NightPain.MODERATE),
                    Set.of(NightPain.SEVERE)),
            row("systemic signs", DifferentialTable::systemicSigns,
                    Set.of(Presence.ABSENT), Set.of(Presence.PRESENT), Set.of(Presence.ABSENT), VARIABLE));

    /** Typical diseases of each category. */
    public static final Map<DifferentialCategory, List<String>> TYPICAL_DISEASES = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            DifferentialCategory.MECHANICAL, List.of("osteochondrosis", "herniated or damaged disc", "vertebral fracture", "spondylolisthesis"),
            DifferentialCategory.INFLAMMATORY, List.of("spondyloarthritis", "polymyalgia rheumatica"),
            DifferentialCategory.SOFT_TISSUE, List.of("fibromyalgia", "myofascial syndrome", "muscle-ligament strain"),
            DifferentialCategory.FOCAL_INFILTRATIVE, List.of("tumour", "infection of bone or soft tissue"))));

    private static final DifferentialCategory[] CATEGORIES = DifferentialCategory.values();

    /**
     * The table compiled once: for each row, indexed by the ordinal of the feature's value (every feature value
     * is an enum), the bits of the categories that value scores in. Scoring a case then looks up one mask per
     * known feature instead of searching the cells.
     */
    private static final int[][] MASKS = compile(ROWS);

    private DifferentialTable() {
    }

    private static Row row(String feature, Function<CaseFacts, Object> value, Set<?> mechanical, Set<?> inflammatory,
            Set<?> softTissue, Set<?> focalInfiltrative) {
        Map<DifferentialCategory, Set<Object>> cells = new EnumMap<>(DifferentialCategory.class);
        cells.put(DifferentialCategory.MECHANICAL, Set.<Object>copyOf(mechanical));
        cells.put(DifferentialCategory.INFLAMMATORY, Set.<Object>copyOf(inflammatory));
        cells.put(DifferentialCategory.SOFT_TISSUE, Set.<Object>copyOf(softTissue));
        cells.put(DifferentialCategory.FOCAL_INFILTRATIVE, Set.<Object>copyOf(focalInfiltrative));
        return new Row(feature, value, Collections.unmodifiableMap(cells));
    }

    private static int[][] compile(List<Row> rows) {
        int[][] masks = new int[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Object[] values = row.cells().values().stream().flatMap(Set::stream).findFirst()
                    .map(value -> ((Enum<?>) value).getDeclaringClass().getEnumConstants())
                    .orElseThrow(() -> new IllegalStateException("a row scores somewhere: " + row.feature()));
            masks[i] = new int[values.length];
            for (Object value : values) {
                for (DifferentialCategory category : CATEGORIES) {
                    if (row.matches(category, value)) {
                        masks[i][((Enum<?>) value).ordinal()] |= 1 << category.ordinal();
                    }
                }
            }
        }
        return masks;
    }

    /** Scores every category for this case. */
    public static Scores score(CaseFacts facts) {
        int[] points = new int[CATEGORIES.length];
        for (int i = 0; i < MASKS.length; i++) {
            Object value = ROWS.get(i).value().apply(facts);
            if (value == null) {
                continue;
            }
            int mask = MASKS[i][((Enum<?>) value).ordinal()];
            for (int category = 0; mask != 0; category++, mask >>>= 1) {
                points[category] += mask & 1;
            }
        }
        return new Scores(points);
    }

    /**
     * Whether the table reads this field (section and name as in the case JSON): the presentation for its rows
     * and sciatica, the neurology for "neurological symptoms", and fever, weight loss and night sweats for
     * "systemic signs". Cases that differ only in fields it does not read score the same.
     */
    static boolean reads(String section, String field) {
        return switch (section) {
            case "presentation", "neurology" -> true;
            case "systemic" -> field.equals("fever") || field.equals("weightLoss") || field.equals("nightSweats");
            default -> false;
        };
    }

    /** The finding naming a focal infiltrative score at or above the referral threshold. */
    public static String focalInfiltrativeFinding(int score) {
        return "focalInfiltrativeScore=" + score + " (>=" + FOCAL_INFILTRATIVE_REFERRAL_SCORE + ")";
    }

    static Intensity intensity(CaseFacts facts) {
        Integer intensity = facts.presentation().painIntensity();
        if (intensity == null) {
            return null;
        }
        if (intensity >= SEVERE_INTENSITY_FROM) {
            return Intensity.SEVERE;
        }
        return intensity >= MODERATE_INTENSITY_FROM ? Intensity.MODERATE : Intensity.MILD;
    }

    static Stiffness morningStiffness(CaseFacts facts) {
        Integer minutes = facts.presentation().morningStiffnessMinutes();
        if (minutes == null) {
            return null;
        }
        if (minutes <= 0) {
            return Stiffness.NONE;
        }
        return minutes <= STIFFNESS_MECHANICAL_UP_TO_MIN ? Stiffness.UP_TO_30_MIN : Stiffness.ABOVE_30_MIN;
    }

    /**
     * Present when any neurological finding of pathways.md section 2 is recorded, or sciatica; absent when
     * none is and at least one of them is recorded as absent; otherwise unknown.
     */
    static Presence neurologicalSymptoms(CaseFacts facts) {
        var n = facts.neurology();
        var sciatica = facts.presentation().sciatica();
        if (facts.hasNeurologicalFinding() || (sciatica != null && sciatica != Sciatica.NONE)) {
            return Presence.PRESENT;
        }
        boolean anyRecordedAbsent = CaseFacts.no(n.saddleAnesthesia())
                || n.bladderDysfunction() != null
                || CaseFacts.no(n.bowelDysfunction())
                || n.motorWeakness() != null
                || n.sensoryDeficit() != null
                || CaseFacts.no(n.reflexChanges())
                || CaseFacts.no(n.upperMotorNeuronSigns())
                || CaseFacts.no(n.bilateralStraightLegRaise())
                || CaseFacts.no(n.multipleRootLevels())
                || CaseFacts.no(n.sacralRootsInvolved())
                || CaseFacts.no(n.motorWeaknessBothLegs())
                || CaseFacts.no(n.rectalSensationReduced())
                || CaseFacts.no(n.analToneReduced())
                || CaseFacts.no(n.sexualDysfunction())
                || CaseFacts.no(n.gaitDisturbance())
                || CaseFacts.no(n.handClumsiness())
                || n.postVoidResidualMl() != null
                || sciatica != null;
        return anyRecordedAbsent ? Presence.ABSENT : null;
    }

    /** Present with fever, weight loss or night sweats; absent when none is and one is recorded as absent. */
    static Presence systemicSigns(CaseFacts facts) {
        var s = facts.systemic();
        if (CaseFacts.yes(s.fever()) || CaseFacts.yes(s.weightLoss()) || CaseFacts.yes(s.nightSweats())) {
            return Presence.PRESENT;
        }
        if (CaseFacts.no(s.fever()) || CaseFacts.no(s.weightLoss()) || CaseFacts.no(s.nightSweats())) {
            return Presence.ABSENT;
        }
        return null;
    }

    /** The category scores of one case, and the winner. */
    public static final class Scores {

        private final int[] points;

        Scores(int[] points) {
            this.points = points;
        }

        public int of(DifferentialCategory category) {
            return points[category.ordinal()];
        }

        /**
         * The category with the most points, ties to the more dangerous; null when every category
         * scores 0 (nothing in the table is known to match, so there is no differential to speak of).
         */
        public DifferentialCategory winner() {
            DifferentialCategory best = null;
            int bestPoints = 0;
            for (DifferentialCategory category : CATEGORIES) {
                if (points[category.ordinal()] > bestPoints) {
                    best = category;
                    bestPoints = points[category.ordinal()];
                }
            }
            return best;
        }

        public Map<DifferentialCategory, Integer> asMap() {
            EnumMap<DifferentialCategory, Integer> map = new EnumMap<>(DifferentialCategory.class);
            for (DifferentialCategory category : CATEGORIES) {
                map.put(category, points[category.ordinal()]);
            }
            return Collections.unmodifiableMap(map);
        }
    }
}
