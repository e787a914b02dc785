package org.spinepath.triage.rest;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;
import org.spinepath.testing.Tokens;
import org.spinepath.triage.client.ContentStandIn;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(value = ContentStandIn.class, scope = TestResourceScope.GLOBAL)
class CitationResourceTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/triage/citations", "/api/triage/guideline-drift" })
    void contentStaffAndAdminsSeeTheCitationStatusCliniciansDoNot(String path) {
        for (String user : new String[] { "admin1", "reviewer1", "editor2" }) {
            given().auth().oauth2(Tokens.accessToken(user)).get(path).then().statusCode(200);
        }
        for (String user : new String[] { "clinician1", "oncall1" }) {
            given().auth().oauth2(Tokens.accessToken(user)).get(path).then().statusCode(403);
        }
        given().get(path).then().statusCode(401);
    }
}
