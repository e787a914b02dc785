package org.spinepath.common.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class IdentityAuditTest {

    private static String part(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theClaimsOfAReadableTokenAreReadWithoutItsSignature() {
        String token = part("{\"alg\":\"none\"}") + "." + part("{\"preferred_username\":\"clinician1\"}") + ".";
        assertThat(IdentityAudit.unverifiedClaims(token).path("preferred_username").asText()).isEqualTo("clinician1");
    }

    @Test
    void anythingElseHasNoClaims() {
        assertThat(IdentityAudit.unverifiedClaims("not-a-token")).isNull();
        assertThat(IdentityAudit.unverifiedClaims("a.%%%.b")).isNull();
        assertThat(IdentityAudit.unverifiedClaims(part("{}") + "." + part("[1,2]") + ".x")).isNull();
        assertThat(IdentityAudit.unverifiedClaims("a." + "A".repeat(20_000) + ".b")).isNull();
    }
}
