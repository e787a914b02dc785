package org.spinepath.triage.engine.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.spinepath.triage.engine.model.BladderDysfunction;
import org.spinepath.triage.engine.model.Case;
import org.spinepath.triage.engine.model.DiscHerniation;
import org.spinepath.triage.engine.model.Endplate;
import org.spinepath.triage.engine.model.HerniationType;
import org.spinepath.triage.engine.model.History;
import org.spinepath.triage.engine.model.Imaging;
import org.spinepath.triage.engine.model.Labs;
import org.spinepath.triage.engine.model.Localization;
import org.spinepath.triage.engine.model.MotorWeakness;
import org.spinepath.triage.engine.model.Neurology;
import org.spinepath.triage.engine.model.NightPain;
import org.spinepath.triage.engine.model.Onset;
import org.spinepath.triage.engine.model.PainRegion;
import org.spinepath.triage.engine.model.PainResponse;
import org.spinepath.triage.engine.model.Patient;
import org.spinepath.triage.engine.model.Presentation;
import org.spinepath.triage.engine.model.SchmorlNode;
import org.spinepath.triage.engine.model.Sciatica;
import org.spinepath.triage.engine.model.SensoryDeficit;
import org.spinepath.triage.engine.model.Sex;
import org.spinepath.triage.engine.model.Symmetry;
import org.spinepath.triage.engine.model.Systemic;
import org.spinepath.triage.engine.model.TherapyResponse;
import org.spinepath.triage.engine.model.Trauma;
import org.spinepath.triage.engine.model.TreatmentHistory;

/**
 * Random cases over every field: each section is present or absent, each field present, absent (false or
 * NONE) or unknown (null). Numbers cluster around the thresholds of pathways.md and stray outside the
 * validated ranges now and then, since the engine must not throw on unvalidated input either. Version 1
 * cases ({@link #generateVersion1}) leave every field that version 2 added unknown and use only the
 * bladder values version 1 had.
 */
public final class CaseGenerator {

    private static final double UNKNOWN = 0.35;
    private static final double SECTION_ABSENT = 0.2;

    private static final BladderDysfunction[] VERSION_1_BLADDER = {
        BladderDysfunction.NONE, BladderDysfunction.RETENTION, BladderDysfunction.INCONTINENCE};

    private final SplittableRandom random;
    private final boolean version2;

    private CaseGenerator(SplittableRandom random, boolean version2) {
        this.random = random;
        this.version2 = version2;
    }

    public static Case generate(SplittableRandom random) {
        return new CaseGenerator(random, true).aCase();
    }

    /** A case that uses only the fields and values of version 1 of pathways.md. */
    public static Case generateVersion1(SplittableRandom random) {
        return new CaseGenerator(random, false).aCase();
    }

    private Case aCase() {
        return new Case(
                new Patient(chance(0.02) ? null : intAround(0, 120, 15, 16, 19, 20, 50, 51, 55, 56, 70, 71), pick(Sex.values()),
                        maybeDouble(3, 200), maybeDouble(40, 210)),
                section() ? null : new History(bool(), chance(0.5) ? null : "lung", bool(), bool(), bool(), bool(),
                        pick(Trauma.values()), bool(), v2(bool()), v2(bool()), v2(bool()), v2(bool())),
                section() ? null : presentation(),
                section() ? null : new Neurology(bool(), pick(version2 ? BladderDysfunction.values() : VERSION_1_BLADDER),
                        bool(), pick(MotorWeakness.values()), pick(SensoryDeficit.values()), bool(), bool(), bool(), bool(),
                        bool(), v2(bool()), v2(bool()), v2(bool()), v2(bool()), v2(bool()), v2(bool()),
                        v2(chance(UNKNOWN) ? null : intAround(-1, 6000, 199, 200)),
                        v2(chance(UNKNOWN) ? null : intAround(-1, 400, 14, 15)), v2(bool())),
                section() ? null : new Systemic(bool(), bool(), bool(), v2(bool()), v2(bool()), v2(bool()), v2(bool())),
                section() ? null : imaging(),
                section() ? null : new Labs(chance(UNKNOWN) ? null : (double) intAround(-1, 140, 25, 26, 49, 50),
                        bool(), bool(), bool(), bool(), bool(), bool(), bool(), v2(bool()), v2(bool())),
                section() ? null : new TreatmentHistory(chance(UNKNOWN) ? null : intAround(-1, 60, 3, 4, 5, 6, 11, 12),
                        pick(TherapyResponse.values()), bool(), pick(TherapyResponse.values())));
    }

    /** The value in a version 2 case; unknown in a version 1 case. */
    private <T> T v2(T value) {
        return version2 ? value : null;
    }

    private Presentation presentation() {
        return new Presentation(pick(Onset.values()), chance(UNKNOWN) ? null : intAround(-1, 400, 13, 14),
                pick(Localization.values()), pick(Symmetry.values()),
                chance(UNKNOWN * 0.5) ? null : intAround(-1, 11, 0, 6, 7),
                chance(UNKNOWN) ? null : intAround(-1, 240, 0, 30, 31), pick(PainResponse.values()),
                pick(PainResponse.values()), pick(NightPain.values()), bool(), pick(Sciatica.values()), bool(), bool(),
                bool(), bool(), v2(pick(PainRegion.values())), v2(bool()), v2(bool()));
    }

    private Imaging imaging() {
        List<SchmorlNode> nodes = null;
        if (!chance(0.4)) {
            int count = random.nextInt(3);
            nodes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                nodes.add(chance(0.05) ? null : new SchmorlNode(chance(0.3) ? null : "L" + (1 + random.nextInt(5)),
                        pick(Endplate.values()), maybeDouble(-1, 20), bool(), bool(), bool()));
            }
        }
        DiscHerniation disc = chance(0.6) ? null
                : new DiscHerniation(chance(0.3) ? null : "L4-L5", pick(HerniationType.values()), bool(), bool());
        return new Imaging(nodes, disc, bool(), bool(), bool(), bool(), bool(), bool());
    }

    private boolean section() {
        return chance(SECTION_ABSENT);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private Boolean bool() {
        return chance(UNKNOWN) ? null : random.nextDouble() < 0.3;
    }

    private <E> E pick(E[] values) {
        return chance(UNKNOWN) ? null : values[random.nextInt(values.length)];
    }

    private Double maybeDouble(double from, double to) {
        return chance(UNKNOWN) ? null : from + random.nextDouble() * (to - from);
    }

    /** A value in [from, to], half of the time one of the boundary values given. */
    private int intAround(int from, int to, int... boundaries) {
        if (boundaries.length > 0 && chance(0.5)) {
            return boundaries[random.nextInt(boundaries.length)];
        }
        return from + random.nextInt(to - from + 1);
    }
}
