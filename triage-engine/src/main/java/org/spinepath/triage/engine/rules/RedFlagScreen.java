package org.spinepath.triage.engine.rules;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.spinepath.triage.engine.Caution;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.RaisedFlag;
import org.spinepath.triage.engine.RedFlagGroup;
import org.spinepath.triage.engine.RedFlagGroupScreen;
import org.spinepath.triage.engine.Urgency;
import org.spinepath.triage.engine.catalogue.Sources;
import org.spinepath.triage.engine.model.BladderDysfunction;
import org.spinepath.triage.engine.model.Case;
import org.spinepath.triage.engine.model.MotorWeakness;
import org.spinepath.triage.engine.model.NightPain;
import org.spinepath.triage.engine.model.PainResponse;
import org.spinepath.triage.engine.model.Sciatica;
import org.spinepath.triage.engine.model.SensoryDeficit;
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
 */
public final class RedFlagScreen {

    /**
     * One question: its group, its field (section and name, as in the case JSON), its positive value, and the
     * flag that value raises on its own whatever else the case holds (null when none does), which settles the
     * question without an evaluation whenever the case lacks that flag.
     */
    public record Question(RedFlagGroup group, String section, String name, Object positive, Flag raises) {

        Question(RedFlagGroup group, String section, String name, Object positive) {
            this(group, section, name, positive, null);
        }

        /** The field as recorded, null when unknown. */
        Object recorded(Case c) {
            Record sectionValue = (Record) CASE.get(c, section);
            return sectionValue == null ? null : RecordType.of(sectionValue.getClass()).get(sectionValue, name);
        }

        /**
         * The case with this question alone set to its positive value. A missing section is created for it; a
         * missing presentation is created with pain intensity 0, because an absent presentation means no back
         * pain and answering one question must not give the patient back pain.
         */
        Case withPositive(Case c) {
            Record sectionValue = (Record) CASE.get(c, section);
            RecordType type = RecordType.of(CASE.componentType(section));
            Record base = sectionValue;
            if (base == null) {
                base = type.empty();
                if (section.equals("presentation")) {
                    base = (Record) type.with(base, "painIntensity", 0);
                }
            }
            return (Case) CASE.with(c, section, type.with(base, name, positive));
        }
    }

    public static final List<Question> QUESTIONS = List.of(
            new Question(RedFlagGroup.CAUDA_EQUINA, "neurology", "saddleAnesthesia", true, Flag.CAUDA_EQUINA),
            new Question(RedFlagGroup.CAUDA_EQUINA, "neurology", "bladderDysfunction", BladderDysfunction.RETENTION, Flag.CAUDA_EQUINA),
            new Question(RedFlagGroup.CAUDA_EQUINA, "neurology", "bowelDysfunction", true, Flag.CAUDA_EQUINA),
            new Question(RedFlagGroup.CAUDA_EQUINA, "neurology", "sexualDysfunction", true, Flag.CAUDA_EQUINA),
            new Question(RedFlagGroup.CAUDA_EQUINA, "presentation", "sciatica", Sciatica.BILATERAL, Flag.CAUDA_EQUINA),
            new Question(RedFlagGroup.CAUDA_EQUINA, "neurology", "motorWeaknessBothLegs", true, Flag.CAUDA_EQUINA),
            new Question(RedFlagGroup.CAUDA_EQUINA, "neurology", "sensoryDeficit", SensoryDeficit.BILATERAL, Flag.CAUDA_EQUINA),
            new Question(RedFlagGroup.CORD_COMPRESSION, "neurology", "upperMotorNeuronSigns", true),
            new Question(RedFlagGroup.CORD_COMPRESSION, "neurology", "gaitDisturbance", true),
            new Question(RedFlagGroup.CORD_COMPRESSION, "neurology", "handClumsiness", true),
            new Question(RedFlagGroup.CORD_COMPRESSION, "neurology", "motorWeakness", MotorWeakness.PROGRESSIVE,
                    Flag.PROGRESSIVE_NEURO_DEFICIT),
            new Question(RedFlagGroup.CORD_COMPRESSION, "neurology", "neuroSymptomOnsetDays", 0),
            new Question(RedFlagGroup.CORD_COMPRESSION, "neurology", "neuroSymptomsWorsening", true),
            new Question(RedFlagGroup.CANCER, "history", "cancerHistory", true),
            new Question(RedFlagGroup.CANCER, "systemic", "weightLoss", true),
            new Question(RedFlagGroup.CANCER, "presentation", "nightPain", NightPain.SEVERE),
            new Question(RedFlagGroup.CANCER, "presentation", "painWithRest", PainResponse.WORSE),
            new Question(RedFlagGroup.INFECTION, "systemic", "fever", true),
            new Question(RedFlagGroup.INFECTION, "history", "ivDrugUse", true),
            new Question(RedFlagGroup.INFECTION, "history", "immunosuppression", true),
            new Question(RedFlagGroup.INFECTION, "history", "recentBacterialInfection", true),
            new Question(RedFlagGroup.INFECTION, "history", "recentSpinalProcedure", true),
            new Question(RedFlagGroup.FRACTURE, "history", "recentTrauma", Trauma.MAJOR, Flag.FRACTURE),
            new Question(RedFlagGroup.FRACTURE, "history", "osteoporosis", true),
            new Question(RedFlagGroup.FRACTURE, "history", "longTermSteroids", true),
            new Question(RedFlagGroup.VASCULAR, "history", "knownAorticAneurysm", true),
            new Question(RedFlagGroup.VASCULAR, "systemic", "abdominalPain", true),
            new Question(RedFlagGroup.VASCULAR, "systemic", "syncopeOrHypotension", true));

    public static final Caution NOT_ASKED = new Caution("caution.red-flag-questions-not-asked",
            "Red-flag questions not asked; this result assumes the answer to each is no.",
            List.of(Sources.GUIDE_RED_FLAG_SCREENING));

    private static final RecordType CASE = RecordType.of(Case.class);

    private RedFlagScreen() {
    }

    /** The screen of a case whose flags, pathway and urgency {@code evaluation} holds. */
    public static List<RedFlagGroupScreen> screen(Case c, Evaluation evaluation) {
        Urgency urgency = evaluation.urgency();
        Set<Flag> flags = flagSet(evaluation);
        List<RedFlagGroupScreen> groups = new ArrayList<>(RedFlagGroup.values().length);
        for (RedFlagGroup group : RedFlagGroup.values()) {
            List<String> unanswered = new ArrayList<>(4);
            List<String> wouldChange = new ArrayList<>(2);
            for (Question question : QUESTIONS) {
                if (question.group() != group || question.recorded(c) != null) {
                    continue;
                }
                unanswered.add(question.name());
                boolean raisesANewFlag = question.raises() != null && !flags.contains(question.raises());
                if (raisesANewFlag || wouldChange(question.withPositive(c), urgency, flags)) {
                    wouldChange.add(question.name());
                }
            }
            groups.add(new RedFlagGroupScreen(group, unanswered.isEmpty(), unanswered, wouldChange));
        }
        return List.copyOf(groups);
    }

    /** The caution of section 7 when a group is unanswered: which questions were not asked, and that "no" is assumed. */
    public static void caution(Evaluation evaluation, List<RedFlagGroupScreen> screen) {
        StringBuilder notAsked = new StringBuilder();
        List<String> wouldChange = new ArrayList<>();
        for (RedFlagGroupScreen group : screen) {
            if (group.answered()) {
                continue;
            }
            notAsked.append(notAsked.isEmpty() ? "" : "; ")
                    .append(group.group().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(": ").append(String.join(", ", group.unanswered()));
            wouldChange.addAll(group.wouldChangeResult());
        }
        if (notAsked.isEmpty()) {
            return;
        }
        String text = "Red-flag questions not asked (" + notAsked + "). This result assumes the answer to each is no. "
                + (wouldChange.isEmpty()
                        ? "Ask them: the guidance expects every red-flag question to be asked."
                        : "A yes to any of " + String.join(", ", wouldChange) + " would change this result: ask them now.");
        evaluation.caution(new Caution(NOT_ASKED.id(), text, NOT_ASKED.citations()));
    }

    private static boolean wouldChange(Case variant, Urgency urgency, Set<Flag> flags) {
        Evaluation evaluation = Ruleset.raiseFlags(variant);
        if (!flags.containsAll(flagSet(evaluation))) {
            return true;
        }
        if (urgency == Urgency.EMERGENCY) {
            return false;
        }
        Ruleset.choosePathway(evaluation);
        return evaluation.urgency().isMoreSevereThan(urgency);
    }

    private static Set<Flag> flagSet(Evaluation evaluation) {
        Set<Flag> set = EnumSet.noneOf(Flag.class);
        for (RaisedFlag raised : evaluation.flags()) {
            set.add(raised.flag());
        }
        return set;
    }

    /** Reads and copies records by component name; the handles are looked up once per record type. */
    private static final class RecordType {

        private static final ClassValue<RecordType> TYPES = new ClassValue<>() {
            @Override
            protected RecordType computeValue(Class<?> type) {
                return new RecordType(type);
            }
        };

        private final List<String> names;
        private final Class<?>[] types;
        private final MethodHandle[] accessors;
        private final MethodHandle constructor;

        private RecordType(Class<?> type) {
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

        private int index(String name) {
            int index = names.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException("no field " + name);
            }
            return index;
        }

        Class<?> componentType(String name) {
            return types[index(name)];
        }

        Object get(Object value, String name) {
            try {
                return (Object) accessors[index(name)].invokeExact(value);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        Record empty() {
            return construct(new Object[names.size()]);
        }

        Object with(Object value, String name, Object replacement) {
            Object[] values = new Object[names.size()];
            try {
                for (int i = 0; i < values.length; i++) {
                    values[i] = (Object) accessors[i].invokeExact(value);
                }
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            values[index(name)] = replacement;
            return construct(values);
        }

        private Record construct(Object[] values) {
            try {
                return (Record) (Object) constructor.invokeExact(values);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
