package org.spinepath.it;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/** Deny by default, with real Keycloak tokens: no token is 401, the wrong role is 403. */
class SecurityIT {

    private static Platform platform;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.get();
    }

    @Test
    void withoutATokenEveryApiAnswers401() {
        given().contentType(ContentType.JSON).body(Vignettes.caseJson("P01"))
                .post(platform.intakeUrl() + "/api/cases").then().statusCode(401);
        given().get(platform.intakeUrl() + "/api/cases").then().statusCode(401);
        given().get(platform.triageUrl() + "/api/triage/results/00000000-0000-0000-0000-000000000000")
                .then().statusCode(401);
        given().get(platform.contentUrl() + "/api/articles").then().statusCode(401);
        given().get(platform.notificationUrl() + "/api/referrals").then().statusCode(401);
    }

    @Test
    void aForgedTokenIs401() {
        String forged = platform.token("clinician1");
        String tampered = forged.substring(0, forged.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth().oauth2(tampered).get(platform.intakeUrl() + "/api/cases").then().statusCode(401);
    }

    @Test
    void aClinicianOnAnAdminOnlyEndpointIs403AndAnAdminGetsIn() {
        given().auth().oauth2(platform.token("clinician1"))
                .get(platform.intakeUrl() + "/api/admin/outbox").then().statusCode(403);
        given().auth().oauth2(platform.token("admin1"))
                .get(platform.intakeUrl() + "/api/admin/outbox").then().statusCode(200);
    }

    @Test
    void anAdminCannotSubmitCasesOnlyCliniciansCan() {
        given().auth().oauth2(platform.token("admin1")).contentType(ContentType.JSON)
                .body(Vignettes.caseJson("P01"))
                .post(platform.intakeUrl() + "/api/cases").then().statusCode(403);
    }

    @Test
    void healthAndOpenApiArePublic() {
        given().get(platform.intakeUrl() + "/q/health/ready").then().statusCode(200);
        given().get(platform.intakeUrl() + "/q/openapi").then().statusCode(200);
    }
}
