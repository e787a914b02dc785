package org.spinepath.notification.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.spinepath.notification.support.Referrals.ONCOLOGY;
import static org.spinepath.notification.support.Referrals.WAIT;
import static org.spinepath.notification.support.Referrals.as;
import static org.spinepath.notification.support.Referrals.awaitMails;
import static org.spinepath.notification.support.Referrals.changes;
import static org.spinepath.notification.support.Referrals.malignancy;
import static org.spinepath.notification.support.Referrals.produce;
import static org.spinepath.notification.support.Referrals.referralOf;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinepath.notification.channel.email.AcknowledgeLinks;
import org.spinepath.notification.support.HttpReceiverResource;
import org.spinepath.notification.support.Referrals;
import org.spinepath.notification.support.SmtpGateResource;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Who may see and acknowledge referrals, through the API (a Keycloak token) or the signed link of the email. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(value = KeycloakTestResource.class, initArgs = @ResourceArg(name = "client", value = "notification-service"))
@WithTestResource(SmtpGateResource.class)
@WithTestResource(HttpReceiverResource.class)
class AcknowledgementTest {

    @Inject
    AcknowledgeLinks links;

    @AfterEach
    void stopEscalations() {
        Referrals.acknowledgeAllOpen();
    }

    private String openReferral() {
        UUID caseId = UUID.randomUUID();
        produce(caseId.toString(), malignancy(UUID.randomUUID().toString(), caseId));
        return (String) referralOf(caseId).get("id");
    }

    @Test
    void onlyTheOncallRoleMayAcknowledge() {
        String id = openReferral();

        as("clinician1").post("/api/referrals/" + id + "/acknowledge").then().statusCode(403);
        as("admin1").post("/api/referrals/" + id + "/acknowledge").then().statusCode(403);
        given().post("/api/referrals/" + id + "/acknowledge").then().statusCode(401);

        assertThat(Referrals.detail(id).get("status")).isEqualTo("OPEN");
        as("oncall2").post("/api/referrals/" + id + "/acknowledge").then().statusCode(200);
        assertThat(Referrals.detail(id).get("acknowledgedBy")).isEqualTo("oncall2");
    }

    @Test
    void theOnCallListShowsOpenReferralsThenRecentlyAcknowledgedOnes() {
        String open = openReferral();
        String acknowledged = openReferral();
        as("oncall1").post("/api/referrals/" + acknowledged + "/acknowledge").then().statusCode(200);

        List<String> ids = as("oncall1").get("/api/referrals").then().statusCode(200).extract().jsonPath().getList("id");
        assertThat(ids).contains(open, acknowledged);
        assertThat(ids.indexOf(open)).isLessThan(ids.indexOf(acknowledged));
        assertThat(as("admin1").queryParam("status", "OPEN").get("/api/referrals").then().statusCode(200)
                .extract().jsonPath().<String>getList("id")).contains(open).doesNotContain(acknowledged);
        as("clinician1").get("/api/referrals").then().statusCode(403);
        as("oncall1").get("/api/referrals/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theOnCallListIsPagedAndRefusesAPageTooLarge() {
        List<String> opened = List.of(openReferral(), openReferral(), openReferral());

        // Other tests leave open referrals too: walk every page and find these three in order.
        List<String> walked = new java.util.ArrayList<>();
        for (int page = 0; page < 1000; page++) {
            List<String> ids = as("oncall1").queryParam("status", "OPEN").queryParam("size", 2)
                    .queryParam("page", page).get("/api/referrals")
                    .then().statusCode(200).extract().jsonPath().getList("id");
            assertThat(ids.size()).isLessThanOrEqualTo(2);
            int total = as("admin1").queryParam("status", "OPEN").queryParam("size", 2).queryParam("page", page)
                    .get("/api/referrals").then().statusCode(200).extract().jsonPath().getList("id").size();
            if (total == 0) {
                break;
            }
            walked.addAll(ids);
        }
        // Same level: oldest first, page after page, each once.
        assertThat(walked).doesNotHaveDuplicates();
        assertThat(walked.stream().filter(opened::contains).toList()).containsExactlyElementsOf(opened);
        as("oncall1").queryParam("size", 201).get("/api/referrals").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        as("oncall1").queryParam("page", -1).get("/api/referrals").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
    }

    @Test
    void theSignedLinkInTheEmailAcknowledgesAsItsRecipient() {
        UUID caseId = UUID.randomUUID();
        produce(caseId.toString(), malignancy(UUID.randomUUID().toString(), caseId));
        String body = awaitMails(ONCOLOGY, caseId, 1).get(0).body();
        String id = (String) referralOf(caseId).get("id");
        URI link = linkOf(body, "Acute oncology service");
        String path = link.getPath();
        Map<String, String> query = Referrals.query(link);

        // Opening the link only shows the button: mail scanners open links too.
        given().queryParams(query).get(path).then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("<form method=\"post\">"))
                .body(containsString("Acknowledge the referral as oncology@spinepath.local"));
        assertThat(Referrals.detail(id).get("status")).isEqualTo("OPEN");

        given().formParams(Map.of("by", query.get("by"), "expires", query.get("expires"),
                "signature", tampered(query.get("signature"))))
                .post(path).then().statusCode(403);
        given().formParams(Map.of("by", "intruder@spinepath.local", "expires", query.get("expires"),
                "signature", query.get("signature"))).post(path).then().statusCode(403);
        assertThat(Referrals.detail(id).get("status")).isEqualTo("OPEN");

        given().formParams(query).post(path).then().statusCode(200).body(containsString("Escalation has stopped"));
        Map<String, Object> referral = Referrals.detail(id);
        assertThat(referral.get("status")).isEqualTo("ACKNOWLEDGED");
        assertThat(referral.get("acknowledgedBy")).isEqualTo("oncology@spinepath.local");
        await().atMost(WAIT).untilAsserted(() -> assertThat(changes(caseId)).contains("ACKNOWLEDGED"));

        given().queryParams(query).get(path).then().statusCode(200)
                .body(containsString("was acknowledged by oncology@spinepath.local"));
    }

    @Test
    void anExpiredLinkNoLongerAcknowledges() {
        String id = openReferral();
        URI expired = links.linkFor(UUID.fromString(id), ONCOLOGY, Instant.now().minus(Duration.ofDays(2)));

        given().queryParams(Referrals.query(expired)).get(expired.getPath()).then().statusCode(410)
                .body(containsString("expired"));
        given().formParams(Referrals.query(expired)).post(expired.getPath()).then().statusCode(410);
        assertThat(Referrals.detail(id).get("status")).isEqualTo("OPEN");
    }

    private static String tampered(String signature) {
        char last = signature.charAt(signature.length() - 1);
        return signature.substring(0, signature.length() - 1) + (last == 'A' ? 'B' : 'A');
    }

    private static URI linkOf(String body, String recipientName) {
        Matcher m = Pattern.compile("Acknowledge this referral as " + Pattern.quote(recipientName) + " \\([^)]*\\):\\s+(\\S+)")
                .matcher(body);
        assertThat(m.find()).as("an acknowledge link for %s in:%n%s", recipientName, body).isTrue();
        return URI.create(m.group(1));
    }
}
