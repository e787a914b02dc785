package org.spinepath.triage;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The public worked cases of the clinical specification, by id. */
public final class Vignettes {

    private static final JsonNode ALL = load();

    private Vignettes() {
    }

    public static JsonNode vignette(String id) {
        for (JsonNode vignette : ALL) {
            if (vignette.path("id").asText().equals(id)) {
                return vignette;
            }
        }
        throw new IllegalArgumentException("no vignette " + id);
    }

    public static String caseJson(String id) {
        return vignette(id).path("case").toString();
    }

    private static JsonNode load() {
        try (InputStream in = Vignettes.class.getResourceAsStream("/vignettes-public.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
