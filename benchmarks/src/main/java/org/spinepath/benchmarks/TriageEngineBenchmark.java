package org.spinepath.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.spinepath.triage.engine.TriageEngine;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.model.Case;

/**
 * Throughput of {@link TriageEngine#evaluate(Case)} on one thread over the mix of the public vignettes
 * (every pathway family: emergencies, serious pathology, disc, Schmorl's nodes, inflammatory, mechanical).
 * Each invocation evaluates the next vignette in turn, so one op is one evaluation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TriageEngineBenchmark {

    private final TriageEngine engine = new TriageEngine();
    private Case[] cases;
    private int next;

    @Setup(Level.Trial)
    public void loadVignettes() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = TriageEngineBenchmark.class.getResourceAsStream("/vignettes-public.json")) {
            List<Case> loaded = new ArrayList<>();
            for (JsonNode vignette : json.readTree(in)) {
                loaded.add(json.treeToValue(vignette.get("case"), Case.class));
            }
            cases = loaded.toArray(Case[]::new);
        }
    }

    @Benchmark
    public TriageResult evaluateVignetteMix() {
        Case c = cases[next];
        next = next + 1 == cases.length ? 0 : next + 1;
        return engine.evaluate(c);
    }
}
