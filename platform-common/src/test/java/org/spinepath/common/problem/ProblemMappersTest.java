package org.spinepath.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

class ProblemMappersTest {

    enum Endplate { SUPERIOR, INFERIOR }

    record Node(String level, Endplate endplate, @Min(0) Integer sizeMm) {
    }

    record Imaging(List<Node> schmorlNodes) {
    }

    record Patient(@NotNull Integer ageYears) {
    }

    record Body(Patient patient, Imaging imaging) {
    }

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Problem problemFor(String json) {
        try {
            mapper.readValue(json, Body.class);
        } catch (JsonMappingException e) {
            return ProblemMappers.jsonProblem(e);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected " + json + " to be rejected");
    }

    @Test
    void aWrongEnumValueNamesTheFieldInsideAListAndTheAllowedValues() {
        Problem problem = problemFor("{\"imaging\":{\"schmorlNodes\":[{\"level\":\"L4\",\"endplate\":\"MIDDLE\"}]}}");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("imaging.schmorlNodes[0].endplate");
            assertThat(error.message()).contains("SUPERIOR", "INFERIOR");
        });
    }

    @Test
    void aTextWhereANumberBelongsNamesTheField() {
        Problem problem = problemFor("{\"patient\":{\"ageYears\":\"fifty\"}}");

        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("patient.ageYears");
            assertThat(error.message()).contains("number");
        });
    }

    @Test
    void anUnknownFieldIsNamedRatherThanDropped() {
        Problem problem = problemFor("{\"patient\":{\"ageYears\":50,\"saddleAnaesthesia\":true}}");

        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("patient.saddleAnaesthesia");
            assertThat(error.message()).isEqualTo("is not a known field");
        });
    }

    @Test
    void problemTypesAreStableUris() {
        Problem problem = Problem.of(409, "illegal-transition", "Conflict", "APPROVED versions are immutable");

        assertThat(problem.type()).hasToString("https://spinepath.org/problems/illegal-transition");
        assertThat(problem.errors()).isEmpty();
    }
}
