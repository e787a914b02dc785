package org.spinepath.triage.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.spinepath.triage.engine.model.Case;

/** Test cases written as JSON (single quotes allowed), exactly as the intake service would receive them. */
public final class Cases {

    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public static final TriageEngine ENGINE = new TriageEngine();

    private Cases() {
    }

    /** The cases of the public vignettes, in file order. */
    public static java.util.List<Case> vignetteCases() throws IOException {
        try (java.io.InputStream in = Cases.class.getResourceAsStream("/vignettes-public.json")) {
            java.util.List<Case> cases = new java.util.ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode v : JSON.readTree(in)) {
                cases.add(JSON.treeToValue(v.get("case"), Case.class));
            }
            return cases;
        }
    }

    public static Case of(String json) {
        try {
            return JSON.readValue(json, Case.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A case with the given sections added to a patient of the given age. */
    public static Case aged(int age, String sections) {
        return of("{'patient':{'ageYears':" + age + "}" + (sections.isEmpty() ? "" : "," + sections) + "}");
    }

    public static TriageResult evaluate(String json) {
        return ENGINE.evaluate(of(json));
    }

    /** Evaluates a 40-year-old (no AGE_RISK) with the given sections. */
    public static TriageResult evaluate40(String sections) {
        return ENGINE.evaluate(aged(40, sections));
    }

    public static RaisedFlag flag(TriageResult result, Flag flag) {
        return result.flags().stream().filter(f -> f.flag() == flag).findFirst()
                .orElseThrow(() -> new AssertionError(flag + " not raised; flags: " + result.flags()));
    }

    public static boolean recommends(TriageResult result, String id) {
        return result.recommendations().stream().anyMatch(r -> r.id().equals(id));
    }

    public static boolean orders(TriageResult result, String id) {
        return result.investigations().stream().anyMatch(r -> r.id().equals(id));
    }

    public static boolean cautions(TriageResult result, String id) {
        return result.cautions().stream().anyMatch(r -> r.id().equals(id));
    }

    /** The words a reader sees: every recommendation, investigation and caution text. */
    public static String advice(TriageResult result) {
        StringBuilder text = new StringBuilder();
        result.recommendations().forEach(r -> text.append(r.text()).append('\n'));
        result.investigations().forEach(i -> text.append(i.text()).append('\n'));
        result.cautions().forEach(c -> text.append(c.text()).append('\n'));
        return text.toString().toLowerCase(Locale.ROOT);
    }

    public static void assertMentions(TriageResult result, String word) {
        assertTrue(advice(result).contains(word.toLowerCase(Locale.ROOT)),
                () -> "'" + word + "' not in the recommendations, investigations or cautions:\n" + advice(result));
    }
}
