package org.spinepath.triage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinepath.triage.engine.model.Case;

/** Every public worked case of the clinical specification, every expectation field. */
class PublicVignettesTest {

    private static final ObjectMapper WRITER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    static Stream<Arguments> vignettes() throws IOException {
        try (InputStream in = PublicVignettesTest.class.getResourceAsStream("/vignettes-public.json")) {
            JsonNode all = Cases.JSON.readTree(in);
            List<Arguments> arguments = new ArrayList<>();
            all.forEach(v -> arguments.add(Arguments.of(Named.of(v.get("id").asText() + " " + v.get("note").asText(), v))));
            return arguments.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void meetsEveryExpectation(JsonNode vignette) throws IOException {
        Case c = Cases.JSON.treeToValue(vignette.get("case"), Case.class);
        TriageResult result = Cases.ENGINE.evaluate(c);
        JsonNode expect = vignette.get("expect");

        assertEquals(Urgency.valueOf(expect.get("urgency").asText()), result.urgency(), "urgency");
        if (expect.has("pathway")) {
            assertEquals(Pathway.valueOf(expect.get("pathway").asText()), result.pathway(), "pathway");
        }
        if (expect.has("line")) {
            assertEquals(expect.get("line").asInt(), result.line(), "line");
        }
        if (expect.has("flags")) {
            expect.get("flags").forEach(f -> assertTrue(result.hasFlag(Flag.valueOf(f.asText())),
                    () -> f.asText() + " expected; raised " + result.flags()));
        }
        if (expect.has("flagsAbsent")) {
            expect.get("flagsAbsent").forEach(f -> assertFalse(result.hasFlag(Flag.valueOf(f.asText())),
                    () -> f.asText() + " must not be raised"));
        }
        JsonNode referral = expect.get("referral");
        if (referral.isBoolean()) {
            assertFalse(referral.asBoolean(), "the vignettes use true only as a level");
            assertFalse(result.referral().required(), "referral");
            assertNull(result.referral().level());
        } else {
            assertTrue(result.referral().required(), "referral");
            assertEquals(ReferralLevel.valueOf(referral.asText()), result.referral().level(), "referral level");
        }
        if (expect.has("caudaEquinaStage")) {
            assertEquals(CaudaEquinaStage.valueOf(expect.get("caudaEquinaStage").asText()),
                    Cases.flag(result, Flag.CAUDA_EQUINA).stage(), "caudaEquinaStage");
        }
        if (expect.has("mustMention")) {
            expect.get("mustMention").forEach(word -> Cases.assertMentions(result, word.asText()));
        }
    }

    @Test
    void theFileHoldsTheTwentySevenCasesAndEveryExpectationFieldIsChecked() throws IOException {
        List<String> checked = List.of("urgency", "pathway", "line", "flags", "flagsAbsent", "referral", "caudaEquinaStage",
                "mustMention");
        List<Arguments> all = vignettes().toList();
        assertEquals(27, all.size());
        for (Arguments arguments : all) {
            JsonNode vignette = (JsonNode) ((Named<?>) arguments.get()[0]).getPayload();
            vignette.get("expect").fieldNames().forEachRemaining(field -> assertTrue(checked.contains(field),
                    () -> vignette.get("id") + " expects " + field + ", which this test does not check"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void everyFieldOfTheVignetteMapsOntoTheModel(JsonNode vignette) throws IOException {
        JsonNode original = vignette.get("case");
        Case c = Cases.JSON.treeToValue(original, Case.class);
        JsonNode roundTrip = WRITER.valueToTree(c);
        assertTrue(original.equals(PublicVignettesTest::sameValue, roundTrip),
                () -> "lost or changed in mapping:\n" + original + "\n" + roundTrip);
    }

    /** JSON equality where 3 and 3.0 are the same number. */
    private static int sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.asDouble(), b.asDouble());
        }
        return a.equals(b) ? 0 : 1;
    }
}
