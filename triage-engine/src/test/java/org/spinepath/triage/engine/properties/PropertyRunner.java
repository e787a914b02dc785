package org.spinepath.triage.engine.properties;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import org.opentest4j.AssertionFailedError;
import org.spinepath.triage.engine.model.Case;

/**
 * Runs a property over generated cases: a fixed seed makes every run check the same cases, a failure is
 * shrunk and reported as the JSON of the smallest failing case with the seed and try that found it.
 */
public final class PropertyRunner {

    /** At least 10,000 tries per property. */
    public static final int TRIES = 10_000;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private PropertyRunner() {
    }

    /** The seed: {@code -Dspinepath.property.seed=N} explores other cases; the default keeps runs reproducible. */
    public static long seed() {
        return Long.getLong("spinepath.property.seed", 20_250_704L);
    }

    public static int forAllCases(Consumer<Case> property) {
        return forAllCases(seed(), TRIES, property);
    }

    /** Runs the property over generated cases that use only the fields and values of version 1. */
    public static int forAllVersion1Cases(Consumer<Case> property) {
        return forAll(seed(), TRIES, CaseGenerator::generateVersion1, property);
    }

    public static int forAllCases(long seed, int tries, Consumer<Case> property) {
        return forAll(seed, tries, CaseGenerator::generate, property);
    }

    private static int forAll(long seed, int tries, Function<SplittableRandom, Case> generator, Consumer<Case> property) {
        SplittableRandom root = new SplittableRandom(seed);
        for (int i = 0; i < tries; i++) {
            Case c = generator.apply(root.split());
            Throwable failure = failureOf(property, c);
            if (failure != null) {
                Case smallest = Shrinker.shrink(c, candidate -> failureOf(property, candidate) != null);
                Throwable smallestFailure = failureOf(property, smallest);
                throw new AssertionFailedError("property failed at try " + (i + 1) + " with seed " + seed
                        + "\nsmallest failing case: " + json(smallest)
                        + "\nfailure: " + smallestFailure
                        + "\noriginal case: " + json(c), smallestFailure);
            }
        }
        return tries;
    }

    private static Throwable failureOf(Consumer<Case> property, Case c) {
        try {
            property.accept(c);
            return null;
        } catch (AssertionError | RuntimeException e) {
            return e;
        }
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
