package org.spinepath.benchmarks.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The cases the load submits: the public vignettes, drawn so that a third of the cases raise a
 * referral (the share the users reported), whatever the vignettes' own proportion is.
 */
final class CaseMix {

    static final double REFERRAL_SHARE = 1.0 / 3;

    private final List<String> referring = new ArrayList<>();
    private final List<String> other = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom(20261130);

    CaseMix() {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = CaseMix.class.getResourceAsStream("/vignettes-public.json")) {
            for (JsonNode vignette : json.readTree(in)) {
                JsonNode referral = vignette.path("expect").path("referral");
                String body = json.writeValueAsString(vignette.get("case"));
                (referral.isTextual() ? referring : other).add(body);
            }
        } catch (IOException e) {
            throw new IllegalStateException("vignettes-public.json unreadable", e);
        }
        if (referring.isEmpty() || other.isEmpty()) {
            throw new IllegalStateException("the vignettes need cases with and without a referral");
        }
    }

    /** Called from the one scheduling thread only. */
    String next() {
        List<String> pool = random.nextDouble() < REFERRAL_SHARE ? referring : other;
        return pool.get(random.nextInt(pool.size()));
    }
}
