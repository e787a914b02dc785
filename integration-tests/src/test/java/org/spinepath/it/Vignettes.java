package org.spinepath.it;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The public worked cases of the clinical specification, by id. */
final class Vignettes {

    private static final JsonNode ALL = load();

    private Vignettes() {
    }

    static String caseJson(String id) {
        for (JsonNode vignette : ALL) {
            if (vignette.path("id").asText().equals(id)) {
                return vignette.path("case").toString();
            }
        }
        throw new IllegalArgumentException("no vignette " + id);
    }

    /** The outcome the clinical specification requires of the vignette ({@code expect}). */
    static JsonNode expectation(String id) {
        for (JsonNode vignette : ALL) {
            if (vignette.path("id").asText().equals(id)) {
                return vignette.path("expect");
            }
        }
        throw new IllegalArgumentException("no vignette " + id);
    }

    /** Every vignette id, in file order. */
    static List<String> ids() {
        List<String> ids = new ArrayList<>();
        ALL.forEach(v -> ids.add(v.path("id").asText()));
        return ids;
    }

    private static JsonNode load() {
        try (InputStream in = Vignettes.class.getResourceAsStream("/vignettes-public.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
