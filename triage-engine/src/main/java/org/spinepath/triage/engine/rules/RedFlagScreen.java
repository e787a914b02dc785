package org.spinepath.triage.engine.rules;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.spinepath.triage.engine.Caution;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.RedFlagGroup;
import org.spinepath.triage.engine.RedFlagGroupScreen;
import org.spinepath.triage.engine.Urgency;
import org.spinepath.triage.engine.catalogue.Sources;
import org.spinepath.triage.engine.model.BladderDysfunction;
import org.spinepath.triage.engine.model.Case;
import org.spinepath.triage.engine.model.History;
import org.spinepath.triage.engine.model.MotorWeakness;
import org.spinepath.triage.engine.model.Neurology;
import org.spinepath.triage.engine.model.NightPain;
import org.spinepath.triage.engine.model.PainResponse;
import org.spinepath.triage.engine.model.Presentation;
import org.spinepath.triage.engine.model.Sciatica;
import org.spinepath.triage.engine.model.SensoryDeficit;
import org.spinepath.triage.engine.model.Systemic;
import org.spinepath.triage.engine.model.Trauma;

/**
 * pathways.md section 3, {@code redFlagScreen}: for each red-flag question group, whether every question was
 * answered, which were not, and which of those would change the result. An unanswered question "would change
 * the result" when the case with that question alone set to its positive value gets a more severe urgency or
 * a flag it did not have. The comparison evaluates flags and urgency only (never the screen again), and stops
 * as soon as the answer is known: a new flag settles it before any pathway is chosen, and when the result is
 * already an emergency only a new flag can change it.
 * <p>
 * Positive values: true for a yes/no question; for enums, the most severe value (sciatica BILATERAL, bladder
 * RETENTION, motor weakness PROGRESSIVE, sensory deficit BILATERAL, trauma MAJOR, and, where the contract names
 * none, night pain SEVERE and pain WORSE at rest); for the days since the first neurological symptom, 0 (a
 * symptom that began today is new).
 * <p>
 * A question is answered when its field is known in the case as recorded, whether or not the rules read it
 * (night pain is a question even for a patient without back pain, though it counts only with back pain).
 * <p>
 * Most cases leave many questions unanswered, so the screen is the dearest part of an evaluation, and it is
 * cheap only because each re-evaluation does no more than it must: a flag rule that does not read the question
 * ({@link Question#readBy()}) keeps the case's own answer, the variant shares the case's facts wherever the
 * question does not reach, and a {@linkplain Evaluation#forScreening screening evaluation} writes no findings
 * and no advice. The answers are those of a full re-evaluation of each variant, which the property tests check.
 */
public final class RedFlagScreen {

    /**
     * One question: its group, its field (section and name, as in the case JSON), its positive value, the flag
     * that value raises on its own whatever else the case holds (null when none does), which settles the
     * question without an evaluation whenever the case lacks that flag, and the flags whose rules read the
     * answer, directly or through a fact derived from it (the neurological findings of section 2, the focal
     * infiltrative score of the differential table, INFECTION for the epidural abscess of CORD_COMPRESSION).
     * Whether any other flag is raised, and at which urgency, does not depend on the answer.
     */
    public record Question(RedFlagGroup group, String section, String name, Object positive, Flag raises, Set<Flag> readBy) {

        public Question {
            readBy = Collections.unmodifiableSet(EnumSet.copyOf(readBy));
        }

        Question(RedFlagGroup group, String section, String name, Object positive, Set<Flag> readBy) {
            this(group, section, name, positive, null, readBy);
        }
    }

    /** The rules that read the focal infiltrative score: MALIGNANCY and INFECTION, and CORD_COMPRESSION through INFECTION. */
    private static final Set<Flag> FOCAL_SCORE = EnumSet.of(Flag.CORD_COMPRESSION, Flag.MALIGNANCY, Flag.INFECTION);
    /** The rules that read the infection signs (MALIGNANCY and INFECTION), and CORD_COMPRESSION through INFECTION. */
    private static final Set<Flag> INFECTION_SIGN = EnumSet.of(Flag.CORD_COMPRESSION, Flag.MALIGNANCY, Flag.INFECTION);
    /**
     * The rules that read whether the case has a neurological finding, and the focal infiltrative score, which
     * a neurological finding lowers through the differential's "neurological symptoms".
     */
    private static final Set<Flag> NEUROLOGICAL_FINDING = union(EnumSet.of(Flag.CORD_COMPRESSION,
            Flag.PROGRESSIVE_NEURO_DEFICIT, Flag.SPINAL_METASTATIC_COMPRESSION), FOCAL_SCORE);
    private static final Set<Flag> CAUDA_EQUINA_FINDING = union(EnumSet.of(Flag.CAUDA_EQUINA), NEUROLOGICAL_FINDING);

    public static final List<Question> QUESTIONS = List.of(
            new Question(RedFlagGroup.CAUDA_EQUINA, "neurology", "saddleAnesthesia", true, Flag.CAUDA_EQUINA, CAUDA_EQUINA_FINDING),
            new Question(RedFlagGroup.CAUDA_EQUINA, "neurology", "bladderDysfunction", BladderDysfunction.RETENTION, Flag.CAUDA_EQUINA,
                    CAUDA_EQUINA_FINDING),
            new Question(RedFlagGroup.CAUDA_EQUINA, "neurology", "bowelDysfunction", true, Flag.CAUDA_EQUINA, CAUDA_EQUINA_FINDING),
            new Question(RedFlagGroup.CAUDA_EQUINA, "neurology", "sexualDysfunction", true, Flag.CAUDA_EQUINA, CAUDA_EQUINA_FINDING),
            new Question(RedFlagGroup.CAUDA_EQUINA, "presentation", "sciatica", Sciatica.BILATERAL, Flag.CAUDA_EQUINA,
                    union(EnumSet.of(Flag.CAUDA_EQUINA, Flag.SPINAL_METASTATIC_COMPRESSION), FOCAL_SCORE)),
            new Question(RedFlagGroup.CAUDA_EQUINA, "neurology", "motorWeaknessBothLegs", true, Flag.CAUDA_EQUINA, CAUDA_EQUINA_FINDING),
            new Question(RedFlagGroup.CAUDA_EQUINA, "neurology", "sensoryDeficit", SensoryDeficit.BILATERAL, Flag.CAUDA_EQUINA,
                    CAUDA_EQUINA_FINDING),
            new Question(RedFlagGroup.CORD_COMPRESSION, "neurology", "upperMotorNeuronSigns", true, NEUROLOGICAL_FINDING),
            new Question(RedFlagGroup.CORD_COMPRESSION, "neurology", "gaitDisturbance", true, NEUROLOGICAL_FINDING),
            new Question(RedFlagGroup.CORD_COMPRESSION, "neurology", "handClumsiness", true, NEUROLOGICAL_FINDING),
            new Question(RedFlagGroup.CORD_COMPRESSION, "neurology", "motorWeakness", MotorWeakness.PROGRESSIVE,
                    Flag.PROGRESSIVE_NEURO_DEFICIT, NEUROLOGICAL_FINDING),
            new Question(RedFlagGroup.CORD_COMPRESSION, "neurology", "neuroSymptomOnsetDays", 0, EnumSet.of(Flag.CORD_COMPRESSION)),
            new Question(RedFlagGroup.CORD_COMPRESSION, "neurology", "neuroSymptomsWorsening", true,
                    EnumSet.of(Flag.CORD_COMPRESSION, Flag.PROGRESSIVE_NEURO_DEFICIT)),
            new Question(RedFlagGroup.CANCER, "history", "cancerHistory", true,
                    EnumSet.of(Flag.CORD_COMPRESSION, Flag.SPINAL_METASTATIC_COMPRESSION, Flag.MALIGNANCY)),
            new Question(RedFlagGroup.CANCER, "systemic", "weightLoss", true, FOCAL_SCORE),
            new Question(RedFlagGroup.CANCER, "presentation", "nightPain", NightPain.SEVERE, FOCAL_SCORE),
            new Question(RedFlagGroup.CANCER, "presentation", "painWithRest", PainResponse.WORSE,
                    union(EnumSet.of(Flag.INFLAMMATORY), FOCAL_SCORE)),
            new Question(RedFlagGroup.INFECTION, "systemic", "fever", true, union(INFECTION_SIGN, FOCAL_SCORE)),
            new Question(RedFlagGroup.INFECTION, "history", "ivDrugUse", true, INFECTION_SIGN),
            new Question(RedFlagGroup.INFECTION, "history", "immunosuppression", true, INFECTION_SIGN),
            new Question(RedFlagGroup.INFECTION, "history", "recentBacterialInfection", true, INFECTION_SIGN),
            new Question(RedFlagGroup.INFECTION, "history", "recentSpinalProcedure", true, INFECTION_SIGN),
            new Question(RedFlagGroup.FRACTURE, "history", "recentTrauma", Trauma.MAJOR, Flag.FRACTURE, EnumSet.of(Flag.FRACTURE)),
            new Question(RedFlagGroup.FRACTURE, "history", "osteoporosis", true, EnumSet.of(Flag.FRACTURE)),
            new Question(RedFlagGroup.FRACTURE, "history", "longTermSteroids", true,
                    EnumSet.of(Flag.FRACTURE, Flag.INFECTION, Flag.CORD_COMPRESSION)),
            new Question(RedFlagGroup.VASCULAR, "history", "knownAorticAneurysm", true, EnumSet.of(Flag.VASCULAR_EMERGENCY)),
            new Question(RedFlagGroup.VASCULAR, "systemic", "abdominalPain", true, EnumSet.of(Flag.VASCULAR_EMERGENCY)),
            new Question(RedFlagGroup.VASCULAR, "systemic", "syncopeOrHypotension", true, EnumSet.of(Flag.VASCULAR_EMERGENCY)));

    public static final Caution NOT_ASKED = new Caution("caution.red-flag-questions-not-asked",
            "Red-flag questions not asked; this result assumes the answer to each is no.",
            List.of(Sources.GUIDE_RED_FLAG_SCREENING));

    private static final RecordType CASE = RecordType.of(Case.class);
    private static final MethodHandle NEW_NEUROLOGY = RecordType.of(Neurology.class).constructor();
    private static final MethodHandle NEW_HISTORY = RecordType.of(History.class).constructor();
    private static final MethodHandle NEW_PRESENTATION = RecordType.of(Presentation.class).constructor();
    private static final MethodHandle NEW_SYSTEMIC = RecordType.of(Systemic.class).constructor();
    private static final MethodHandle NEUROLOGY_VALUES = RecordType.of(Neurology.class).explode();
    private static final MethodHandle HISTORY_VALUES = RecordType.of(History.class).explode();
    private static final MethodHandle PRESENTATION_VALUES = RecordType.of(Presentation.class).explode();
    private static final MethodHandle SYSTEMIC_VALUES = RecordType.of(Systemic.class).explode();
    private static final RedFlagGroup[] GROUPS = RedFlagGroup.values();
    private static final FlagRule[] FLAG_RULES = Ruleset.FLAG_RULES.toArray(FlagRule[]::new);
    /** The flag of each rule of {@link #FLAG_RULES}, asked once rather than once per rule and question. */
    private static final Flag[] RULE_FLAGS = Arrays.stream(FLAG_RULES).map(FlagRule::flag).toArray(Flag[]::new);
    /** Where each question of {@link #QUESTIONS} lives in the case, found once. */
    private static final Field[] FIELDS = QUESTIONS.stream().map(Field::of).toArray(Field[]::new);
    /** The groups as the caution names them ("cauda equina"). */
    private static final String[] GROUP_NAMES = Arrays.stream(GROUPS)
            .map(g -> g.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toArray(String[]::new);

    private RedFlagScreen() {
    }

    /** The screen of a case whose flags, pathway and urgency {@code evaluation} holds. */
    public static List<RedFlagGroupScreen> screen(Case c, Evaluation evaluation) {
        Probe probe = new Probe(c, evaluation);
        RedFlagGroupScreen[] groups = new RedFlagGroupScreen[GROUPS.length];
        for (RedFlagGroup group : GROUPS) {
            List<String> unanswered = List.of();
            List<String> wouldChange = List.of();
            for (int i = 0; i < FIELDS.length; i++) {
                Question question = QUESTIONS.get(i);
                if (question.group() != group || probe.recorded(FIELDS[i]) != null) {
                    continue;
                }
                unanswered = append(unanswered, question.name());
                if (probe.wouldChange(question, FIELDS[i])) {
                    wouldChange = append(wouldChange, question.name());
                }
            }
            groups[group.ordinal()] = new RedFlagGroupScreen(group, unanswered.isEmpty(), unanswered, wouldChange);
        }
        return List.of(groups);
    }

    /** The caution of section 7 when a group is unanswered: which questions were not asked, and that "no" is assumed. */
    public static void caution(Evaluation evaluation, List<RedFlagGroupScreen> screen) {
        StringBuilder text = new StringBuilder(1024).append("Red-flag questions not asked (");
        boolean anyUnanswered = false;
        boolean anyWouldChange = false;
        for (RedFlagGroupScreen group : screen) {
            if (group.answered()) {
                continue;
            }
            text.append(anyUnanswered ? "; " : "").append(GROUP_NAMES[group.group().ordinal()]).append(": ");
            List<String> unanswered = group.unanswered();
            for (int i = 0; i < unanswered.size(); i++) {
                text.append(i > 0 ? ", " : "").append(unanswered.get(i));
            }
            anyUnanswered = true;
            anyWouldChange |= !group.wouldChangeResult().isEmpty();
        }
        if (!anyUnanswered) {
            return;
        }
        text.append("). This result assumes the answer to each is no. ");
        if (anyWouldChange) {
            text.append("A yes to any of ");
            boolean first = true;
            for (RedFlagGroupScreen group : screen) {
                for (String name : group.wouldChangeResult()) {
                    text.append(first ? "" : ", ").append(name);
                    first = false;
                }
            }
            text.append(" would change this result: ask them now.");
        } else {
            text.append("Ask them: the guidance expects every red-flag question to be asked.");
        }
        evaluation.caution(new Caution(NOT_ASKED.id(), text.toString(), NOT_ASKED.citations()));
    }

    private static List<String> append(List<String> list, String name) {
        List<String> appended = list.isEmpty() ? new ArrayList<>(4) : list;
        appended.add(name);
        return appended;
    }

    @SafeVarargs
    private static Set<Flag> union(Set<Flag>... sets) {
        Set<Flag> union = EnumSet.noneOf(Flag.class);
        for (Set<Flag> set : sets) {
            union.addAll(set);
        }
        return union;
    }

    /**
     * A question's field: the index of its section among the case's components, its index in the section, the
     * flags whose rules read it as bits by ordinal, those rules (in the order of section 4) with their flags, and
     * whether the differential table reads it.
     */
    private record Field(int section, RecordType type, int component, int readBy, FlagRule[] readers, Flag[] readerFlags,
            boolean scored) {

        static Field of(Question question) {
            RecordType type = RecordType.of(CASE.componentType(question.section()));
            int readBy = 0;
            for (Flag flag : question.readBy()) {
                readBy |= 1 << flag.ordinal();
            }
            FlagRule[] readers = Arrays.stream(FLAG_RULES).filter(r -> question.readBy().contains(r.flag()))
                    .toArray(FlagRule[]::new);
            return new Field(CASE.index(question.section()), type, type.index(question.name()), readBy, readers,
                    Arrays.stream(readers).map(FlagRule::flag).toArray(Flag[]::new),
                    DifferentialTable.reads(question.section(), question.name()));
        }

        boolean readBy(Flag flag) {
            return (readBy & (1 << flag.ordinal())) != 0;
        }
    }

    /** The re-evaluations of one case, sharing what the case and its evaluation already know. */
    private static final class Probe {

        private final Case c;
        private final Evaluation evaluation;
        private final Urgency urgency;
        /** The components of each section the questions read, read once; null until read. */
        private final Object[][] sections = new Object[CASE.size()][];

        Probe(Case c, Evaluation evaluation) {
            this.c = c;
            this.evaluation = evaluation;
            this.urgency = evaluation.urgency();
        }

        /** The field as recorded, null when unknown (a missing section leaves every field unknown). */
        Object recorded(Field field) {
            return components(field)[field.component()];
        }

        /**
         * The section's components as recorded. A missing section reads as a section of unknowns, except that a
         * missing presentation is one with pain intensity 0, because an absent presentation means no back pain and
         * answering one question must not give the patient back pain.
         */
        private Object[] components(Field field) {
            Object[] values = sections[field.section()];
            if (values == null) {
                Record section = section(c, field.type().recordClass());
                if (section != null) {
                    values = values(section);
                } else {
                    values = new Object[field.type().size()];
                    if (field.type().recordClass() == Presentation.class) {
                        values[field.type().index("painIntensity")] = 0;
                    }
                }
                sections[field.section()] = values;
            }
            return values;
        }

        /** The case with this question alone set to its positive value. */
        private Case withPositive(Question question, Field field) {
            Object[] values = components(field).clone();
            values[field.component()] = question.positive();
            return with(c, construct(field.type().recordClass(), values));
        }

        private static Record section(Case c, Class<?> type) {
            if (type == Neurology.class) {
                return c.neurology();
            }
            if (type == History.class) {
                return c.history();
            }
            if (type == Presentation.class) {
                return c.presentation();
            }
            if (type == Systemic.class) {
                return c.systemic();
            }
            throw new IllegalArgumentException("no red-flag question in " + type.getSimpleName());
        }

        /** A section's components, through a constant handle per section, which the compiler inlines. */
        private static Object[] values(Record section) {
            try {
                return switch (section) {
                    case Neurology n -> (Object[]) NEUROLOGY_VALUES.invokeExact((Object) n);
                    case History h -> (Object[]) HISTORY_VALUES.invokeExact((Object) h);
                    case Presentation p -> (Object[]) PRESENTATION_VALUES.invokeExact((Object) p);
                    case Systemic s -> (Object[]) SYSTEMIC_VALUES.invokeExact((Object) s);
                    default -> throw new IllegalArgumentException("no red-flag question in " + section.getClass().getSimpleName());
                };
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        /** A section from its components, through a constant handle per section, which the compiler inlines. */
        private static Record construct(Class<?> type, Object[] values) {
            try {
                if (type == Neurology.class) {
                    return (Record) (Object) NEW_NEUROLOGY.invokeExact(values);
                }
                if (type == History.class) {
                    return (Record) (Object) NEW_HISTORY.invokeExact(values);
                }
                if (type == Presentation.class) {
                    return (Record) (Object) NEW_PRESENTATION.invokeExact(values);
                }
                if (type == Systemic.class) {
                    return (Record) (Object) NEW_SYSTEMIC.invokeExact(values);
                }
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalArgumentException("no red-flag question in " + type.getSimpleName());
        }

        boolean wouldChange(Question question, Field field) {
            if (question.raises() != null && !evaluation.has(question.raises())) {
                return true;
            }
            if (urgency == Urgency.EMERGENCY && evaluation.hasAll(field.readBy())) {
                return false;
            }
            CaseFacts facts = evaluation.facts().sameImaging(withPositive(question, field));
            Evaluation variant = Evaluation.forScreening(facts,
                    field.scored() ? DifferentialTable.score(facts) : evaluation.scores());
            FlagRule[] readers = field.readers();
            for (int i = 0; i < readers.length; i++) {
                if (!evaluation.has(field.readerFlags()[i]) && !readers[i].findings(variant).isEmpty()) {
                    return true;
                }
            }
            if (urgency == Urgency.EMERGENCY) {
                return false;
            }
            for (int i = 0; i < FLAG_RULES.length; i++) {
                Flag flag = RULE_FLAGS[i];
                if (!evaluation.has(flag)) {
                    continue;
                }
                if (!field.readBy(flag)) {
                    variant.raise(flag, evaluation.urgencyOf(flag));
                } else if (!FLAG_RULES[i].findings(variant).isEmpty()) {
                    variant.raise(flag, FLAG_RULES[i].urgency(variant));
                }
            }
            Ruleset.choosePathway(variant);
            return variant.urgency().isMoreSevereThan(urgency);
        }

        private static Case with(Case c, Record section) {
            return switch (section) {
                case History h -> new Case(c.patient(), h, c.presentation(), c.neurology(), c.systemic(), c.imaging(), c.labs(),
                        c.treatmentHistory());
                case Presentation p -> new Case(c.patient(), c.history(), p, c.neurology(), c.systemic(), c.imaging(), c.labs(),
                        c.treatmentHistory());
                case Neurology n -> new Case(c.patient(), c.history(), c.presentation(), n, c.systemic(), c.imaging(), c.labs(),
                        c.treatmentHistory());
                case Systemic s -> new Case(c.patient(), c.history(), c.presentation(), c.neurology(), s, c.imaging(), c.labs(),
                        c.treatmentHistory());
                default -> throw new IllegalArgumentException("no red-flag question in " + section.getClass().getSimpleName());
            };
        }
    }

    /** Reads and builds records by component; the handles are looked up once per record type. */
    private static final class RecordType {

        private static final ClassValue<RecordType> TYPES = new ClassValue<>() {
            @Override
            protected RecordType computeValue(Class<?> type) {
                return new RecordType(type);
            }
        };

        private final Class<?> recordClass;
        private final List<String> names;
        private final Class<?>[] types;
        private final MethodHandle[] accessors;
        private final MethodHandle constructor;

        private RecordType(Class<?> type) {
            recordClass = type;
            RecordComponent[] components = type.getRecordComponents();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            List<String> componentNames = new ArrayList<>(components.length);
            types = new Class<?>[components.length];
            accessors = new MethodHandle[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    componentNames.add(components[i].getName());
                    types[i] = components[i].getType();
                    accessors[i] = lookup.unreflect(components[i].getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                }
                constructor = lookup.unreflectConstructor(type.getDeclaredConstructor(types))
                        .asSpreader(Object[].class, components.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the case model is made of public records", e);
            }
            names = List.copyOf(componentNames);
        }

        static RecordType of(Class<?> type) {
            return TYPES.get(type);
        }

        Class<?> recordClass() {
            return recordClass;
        }

        int size() {
            return names.size();
        }

        int index(String name) {
            int index = names.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException("no field " + name);
            }
            return index;
        }

        Class<?> componentType(String name) {
            return types[index(name)];
        }

        /** A handle from a record, as an Object, to the array of its components, read through their accessors. */
        MethodHandle explode() {
            MethodHandle collect = MethodHandles.identity(Object[].class).asCollector(Object[].class, accessors.length);
            return MethodHandles.permuteArguments(MethodHandles.filterArguments(collect, 0, accessors),
                    MethodType.methodType(Object[].class, Object.class), new int[accessors.length]);
        }

        /** The canonical constructor, taking the components as an {@code Object[]} and returning an Object. */
        MethodHandle constructor() {
            return constructor;
        }
    }
}
