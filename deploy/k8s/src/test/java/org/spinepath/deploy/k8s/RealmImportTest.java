package org.spinepath.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The realm inside each overlay's KeycloakRealmImport is what the Keycloak operator hands to
 * Keycloak: it must be a {@link RealmRepresentation} of the Keycloak version the platform runs,
 * with no field Keycloak would ignore.
 */
class RealmImportTest {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Map<String, JsonNode> REALMS = new ConcurrentHashMap<>();

    @BeforeAll
    static void tooling() throws Exception {
        NodeTooling.prepare();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod", "prod-keda"})
    void realmImportIsAKeycloakRealm(String overlay) throws Exception {
        RealmRepresentation realm = STRICT.treeToValue(realmOf(overlay), RealmRepresentation.class);

        assertThat(realm.getRealm()).isEqualTo("spinepath");
        assertThat(realm.getClients()).extracting(ClientRepresentation::getClientId)
                .contains("intake-service", "triage-service", "content-service", "notification-service", "spinepath-portal");
        if (!overlay.equals("dev")) {
            assertThat(realm.getUsers()).as("users in a production realm").isNullOrEmpty();
        }
    }

    @Test
    void aMisspelledRealmFieldFails() throws Exception {
        ObjectNode realm = (ObjectNode) realmOf("prod");
        realm.put("bruteForceProtectd", true);

        assertThatThrownBy(() -> STRICT.treeToValue(realm, RealmRepresentation.class))
                .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("bruteForceProtectd");
    }

    @Test
    void aMisspelledClientFieldFails() throws Exception {
        ObjectNode realm = (ObjectNode) realmOf("prod");
        ((ObjectNode) realm.get("clients").get(0)).putArray("redirectUri").add("https://example.org/*");

        assertThatThrownBy(() -> STRICT.treeToValue(realm, RealmRepresentation.class))
                .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("redirectUri");
    }

    /** A fresh copy of the overlay's realm (rendered once per overlay), for a test to change. */
    private static JsonNode realmOf(String overlay) throws Exception {
        if (!REALMS.containsKey(overlay)) {
            REALMS.put(overlay, render(overlay));
        }
        return REALMS.get(overlay).deepCopy();
    }

    private static JsonNode render(String overlay) throws Exception {
        NodeTooling.Result rendered = NodeTooling.node("render.mjs", overlay);
        assertThat(rendered.exitCode()).as(rendered.output()).isZero();
        List<JsonNode> imports = new ArrayList<>();
        YAMLMapper yaml = new YAMLMapper();
        try (var parser = new YAMLFactory().createParser(rendered.output())) {
            yaml.readValues(parser, JsonNode.class).forEachRemaining(doc -> {
                if ("KeycloakRealmImport".equals(doc.path("kind").asText())) {
                    imports.add(doc);
                }
            });
        }
        assertThat(imports).as("KeycloakRealmImport objects in overlays/%s", overlay).hasSize(1);
        return imports.getFirst().path("spec").path("realm");
    }
}
