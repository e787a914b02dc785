package org.spinepath.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;
import org.spinepath.testing.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Identities and refusals in the audit trail (docs/security.md): the identity a login gives,
 * a token refused with 401 (with the user it claims, unverified, or anonymous when it cannot be
 * read), and a role refused with 403. A request without any token is not recorded.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class IdentityAuditTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOGIN_TYPE = "110114";

    @Test
    void theFirstRequestOfALoginRecordsTheIdentityItGaveOnce() {
        String token = Tokens.accessToken("auditor1");
        String path = "/api/cases/" + UUID.randomUUID();
        given().auth().oauth2(token).get(path).then().statusCode(403);
        given().auth().oauth2(token).get(path).then().statusCode(403);

        List<JsonNode> records = awaitRecords("auditor1", r -> r.at("/data/outcome").asText().equals("4")
                && r.at("/data/entity/0/what/identifier/value").asText().equals("GET " + path), 2);
        assertThat(records).allSatisfy(r -> assertThat(r.at("/data/type/code").asText()).isEqualTo("rest"));
        List<JsonNode> logins = awaitRecords("auditor1",
                r -> r.at("/data/type/code").asText().equals(LOGIN_TYPE) && r.at("/data/outcome").asText().equals("0"),
                1);
        JsonNode login = logins.get(0).path("data");
        assertThat(login.at("/subtype/0/code").asText()).isEqualTo("110122");
        assertThat(login.at("/agent/0/role/0/coding/0/code").asText()).isEqualTo("auditor");
        assertThat(login.at("/agent/1/who/identifier/value").asText()).isEqualTo("spinepath-cli");
        assertThat(login.has("purposeOfEvent")).isFalse();
        String session = Tokens.claims(token).path("sid").asText(Tokens.claims(token).path("jti").asText());
        assertThat(logins).filteredOn(r -> r.at("/data/entity/0/what/identifier/value").asText().equals(session))
                .hasSize(1);
    }

    @Test
    void aRefusedTokenIsRecordedWithTheUserItClaimsAndAnUnreadableOneAsAnonymous() throws IOException {
        String claimed = "mallory-" + UUID.randomUUID().toString().substring(0, 8);
        String real = Tokens.accessToken("clinician2");
        String[] parts = real.split("\\.");
        ObjectNode claims = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        claims.put("preferred_username", claimed);
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(JSON.writeValueAsBytes(claims)) + "." + parts[2];
        String forgedPath = "/api/cases/" + UUID.randomUUID();
        given().auth().oauth2(forged).get(forgedPath).then().statusCode(401);

        JsonNode refused = awaitRecords(claimed, r -> r.at("/data/outcome").asText().equals("4"), 1).get(0)
                .path("data");
        assertThat(refused.at("/type/code").asText()).isEqualTo(LOGIN_TYPE);
        assertThat(refused.at("/agent/0/who/identifier/value").asText()).isEqualTo(claimed);
        assertThat(refused.at("/agent/0/name").asText()).contains("not verified");
        assertThat(refused.at("/entity/0/what/identifier/value").asText()).isEqualTo("GET " + forgedPath);
        assertThat(refused.path("outcomeDesc").asText()).startsWith("token refused");

        String silentPath = "/api/cases/" + UUID.randomUUID();
        given().get(silentPath).then().statusCode(401);
        String garbagePath = "/api/cases/" + UUID.randomUUID();
        given().header("Authorization", "Bearer not-a-token").get(garbagePath).then().statusCode(401);
        JsonNode anonymous = awaitRecords("intake-service", r -> r.at("/data/entity/0/what/identifier/value")
                .asText().equals("GET " + garbagePath), 1).get(0).path("data");
        assertThat(anonymous.at("/agent/0/who/identifier/value").asText()).isEqualTo("anonymous");
        assertThat(anonymous.at("/outcome").asText()).isEqualTo("4");
        assertThat(records("intake-service", r -> r.toString().contains(silentPath))).isEmpty();
    }

    private static List<JsonNode> awaitRecords(String key, Predicate<JsonNode> match, int atLeast) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> records(key, match),
                records -> records.size() >= atLeast);
    }

    private static List<JsonNode> records(String key, Predicate<JsonNode> match) {
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            return kafka.consumeStrings().fromTopics("audit.events", Duration.ofSeconds(5))
                    .awaitCompletion(Duration.ofSeconds(20)).getRecords().stream()
                    .filter(r -> key.equals(r.key())).map(r -> read(r.value())).filter(Objects::nonNull)
                    .filter(match).toList();
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }
}
