package org.spinepath.triage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.model.Case;

class TriageEngineTest {

    @Test
    void evaluationIsDeterministic() throws Exception {
        for (Case c : Cases.vignetteCases()) {
            TriageResult first = new TriageEngine().evaluate(c);
            TriageResult second = new TriageEngine().evaluate(c);
            assertNotSame(first, second);
            assertEquals(first, second);
        }
    }

    @Test
    void oneEngineServesManyThreads() throws Exception {
        TriageEngine engine = new TriageEngine();
        List<Case> cases = Cases.vignetteCases();
        List<TriageResult> expected = cases.stream().map(engine::evaluate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 100; round++) {
                        for (int i = 0; i < cases.size(); i++) {
                            if (!expected.get(i).equals(engine.evaluate(cases.get(i)))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyResultCarriesTheVersionAndTheDisclaimer() {
        TriageResult result = Cases.evaluate40("'presentation':{'painIntensity':3}");
        assertEquals(TriageEngine.RULESET_VERSION, result.rulesetVersion());
        assertTrue(result.disclaimer().contains("decision support"));
        assertTrue(result.disclaimer().contains("never replaces clinical judgment"));
    }

    @Test
    void theResultSerialisesWithTheContractPropertyNames() throws Exception {
        JsonNode json = Cases.JSON.valueToTree(Cases.evaluate40("'neurology':{'saddleAnesthesia':true},'labs':{'esrMmPerHour':40}"));
        assertEquals(Set.of("urgency", "flags", "differential", "pathway", "line", "recommendations", "investigations",
                "cautions", "referral", "redFlagScreen", "rulesetVersion", "disclaimer"), fieldNames(json));
        assertEquals("EMERGENCY", json.get("urgency").asText());
        assertEquals(Set.of("flag", "stage", "findings", "citations"), fieldNames(json.get("flags").get(0)));
        assertEquals("INCOMPLETE", json.get("flags").get(0).get("stage").asText());
        assertEquals(Set.of("group", "answered", "unanswered", "wouldChangeResult"), fieldNames(json.get("redFlagScreen").get(0)));
        assertEquals("CAUDA_EQUINA", json.get("redFlagScreen").get(0).get("group").asText());
        assertEquals(Set.of("articleSlug", "version", "section"), fieldNames(json.get("flags").get(0).get("citations").get(0)));
        assertEquals(Set.of("category", "scores", "possibleDiseases"), fieldNames(json.get("differential")));
        assertEquals(Set.of("finding", "diseases", "citations"), fieldNames(json.get("differential").get("possibleDiseases").get(0)));
        assertEquals(Set.of("id", "line", "text", "citations"), fieldNames(json.get("recommendations").get(0)));
        assertEquals(Set.of("required", "level", "flags"), fieldNames(json.get("referral")));
        assertEquals(TriageEngine.RULESET_VERSION, "2.0.0");
        assertEquals("IMMEDIATE", json.get("referral").get("level").asText());
        TriageResult back = Cases.JSON.treeToValue(json, TriageResult.class);
        assertEquals(Cases.evaluate40("'neurology':{'saddleAnesthesia':true},'labs':{'esrMmPerHour':40}"), back);
    }

    @Test
    void resultListsAreImmutable() {
        TriageResult result = Cases.evaluate40("'presentation':{'painIntensity':3}");
        assertThrows(UnsupportedOperationException.class, () -> result.recommendations().clear());
        assertThrows(UnsupportedOperationException.class, () -> result.flags().clear());
        assertThrows(UnsupportedOperationException.class, () -> result.differential().scores().clear());
    }

    @Test
    void aNullCaseIsRejectedButAnEmptyOneIsEvaluated() {
        assertThrows(NullPointerException.class, () -> new TriageEngine().evaluate(null));
        TriageResult empty = new TriageEngine().evaluate(new Case(null, null, null, null, null, null, null, null));
        assertEquals(Urgency.SELF_CARE, empty.urgency());
    }

    @Test
    void urgencySeverityHelpers() {
        assertTrue(Urgency.EMERGENCY.isMoreSevereThan(Urgency.URGENT));
        assertTrue(Urgency.SOON.isAtLeast(Urgency.SOON));
        assertEquals(Urgency.URGENT, Urgency.mostSevere(Urgency.ROUTINE, Urgency.URGENT));
        assertEquals(Urgency.EMERGENCY, List.of(Urgency.values()).stream().max(Urgency::compareBySeverity).orElseThrow());
    }

    private static Set<String> fieldNames(JsonNode node) {
        return Set.copyOf(StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList());
    }
}
