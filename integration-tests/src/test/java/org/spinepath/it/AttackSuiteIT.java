package org.spinepath.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The OWASP API Security Top 10 tried against every service as an outsider would, with real
 * Keycloak tokens and forged ones (docs/security.md has the table of attacks and results). The
 * hash chain of the audit trail is verified last, after every attack has left its records.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttackSuiteIT {

    private static final String ACK_SECRET = "integration-tests-only-0123456789abcdefghijklmnop";
    private static final String BREAK_GLASS = "X-Break-Glass-Reason";
    private static final Duration WAIT = Duration.ofSeconds(90);

    private static Platform platform;
    /** A case of clinician1 (team spinal-orthopaedics) with a triage result and an IMMEDIATE referral. */
    private static String caseId;
    private static String referralId;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.get();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(platform.token(user));
    }

    private static String caseUrl(String id) {
        return platform.intakeUrl() + "/api/cases/" + id;
    }

    private static String resultUrl(String id) {
        return platform.triageUrl() + "/api/triage/results/" + id;
    }

    private static String referralUrl(String id) {
        return platform.notificationUrl() + "/api/referrals/" + id;
    }

    /** Every user-facing endpoint of every service, for the token attacks. */
    private static List<String> protectedGets() {
        String any = UUID.randomUUID().toString();
        return List.of(platform.intakeUrl() + "/api/cases", caseUrl(any), resultUrl(any),
                platform.triageUrl() + "/api/triage/citations", platform.contentUrl() + "/api/articles",
                platform.contentUrl() + "/api/audit", platform.notificationUrl() + "/api/referrals", referralUrl(any),
                platform.intakeUrl() + "/q/metrics");
    }

    private static void everyEndpointRefuses(String token, String attack) {
        for (String url : protectedGets()) {
            given().auth().oauth2(token).get(url).then().statusCode(401);
        }
        assertThat(attack).isNotBlank();
    }

    @Test
    @Order(1)
    void noTokenIsRefusedEverywhereButHealthAndTheApiDescription() {
        for (String url : protectedGets()) {
            given().get(url).then().statusCode(401);
        }
        given().contentType(ContentType.JSON).body(Vignettes.caseJson("P01")).post(platform.intakeUrl() + "/api/cases")
                .then().statusCode(401);
        given().contentType(ContentType.JSON).body(Vignettes.caseJson("P01"))
                .post(platform.triageUrl() + "/api/triage/evaluate").then().statusCode(401);
        for (String service : List.of(platform.intakeUrl(), platform.triageUrl(), platform.contentUrl(),
                platform.notificationUrl())) {
            given().get(service + "/q/health/ready").then().statusCode(200);
            given().get(service + "/q/openapi").then().statusCode(200);
        }
    }

    @Test
    @Order(2)
    void forgedTokensAreRefused() {
        String real = platform.token("clinician2");
        ObjectNode header = Jwts.header(real);
        ObjectNode claims = Jwts.claims(real);

        ObjectNode none = header.deepCopy().put("alg", "none");
        none.remove("kid");
        everyEndpointRefuses(Jwts.unsigned(none, claims), "alg=none");

        JsonNode jwks = platform.json(given().get(platform.keycloakUrl() + "/realms/spinepath/protocol/openid-connect/certs")
                .then().statusCode(200).extract().asString());
        JsonNode rsa = null;
        for (JsonNode key : jwks.path("keys")) {
            if ("RS256".equals(key.path("alg").asText()) && "sig".equals(key.path("use").asText())) {
                rsa = key;
            }
        }
        assertThat(rsa).as("the realm's RS256 signing key").isNotNull();
        ObjectNode hs = header.deepCopy().put("alg", "HS256").put("kid", rsa.path("kid").asText());
        everyEndpointRefuses(Jwts.hs256(hs, claims, Jwts.publicKeyPem(rsa).getBytes(StandardCharsets.US_ASCII)),
                "HS256 with the public key");

        KeyPair attacker = Jwts.attackerKey();
        everyEndpointRefuses(Jwts.rs256(header.deepCopy().put("kid", "attacker-key"), claims, attacker.getPrivate()),
                "unknown kid");
        everyEndpointRefuses(Jwts.rs256(header, claims, attacker.getPrivate()), "the realm's kid, another key");

        ObjectNode escalated = claims.deepCopy().put("preferred_username", "clinician1");
        ((ObjectNode) escalated.path("realm_access")).putArray("roles").add("clinician").add("admin").add("auditor");
        escalated.putArray("spinepath_groups").add("/teams/spinal-orthopaedics");
        everyEndpointRefuses(Jwts.withSignature(header, escalated, Jwts.signature(real)), "tampered claims");
        ObjectNode later = claims.deepCopy().put("exp", Instant.now().plus(Duration.ofDays(365)).getEpochSecond());
        everyEndpointRefuses(Jwts.withSignature(header, later, Jwts.signature(real)), "extended expiry");
    }

    @Test
    @Order(3)
    void tokensOfAnotherRealmOrAudienceOrPastTheirExpiryAreRefused() throws Exception {
        String master = platform.fetchToken("master", "grant_type=password&client_id=admin-cli&username=admin"
                + "&password=admin");
        everyEndpointRefuses(master, "another realm");

        String intakeService = platform.serviceToken("intake-service");
        given().auth().oauth2(intakeService).get(platform.triageUrl() + "/api/triage/citations").then().statusCode(401);
        given().auth().oauth2(intakeService).get(platform.notificationUrl() + "/api/referrals").then().statusCode(401);

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(platform.keycloakUrl()
                + "/admin/realms/spinepath/clients")).header("Authorization", "Bearer " + master)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"clientId":"attack-short-lived","publicClient":true,"directAccessGrantsEnabled":true,
                         "standardFlowEnabled":false,"attributes":{"access.token.lifespan":"2"},
                         "protocolMappers":[{"name":"platform audience","protocol":"openid-connect",
                           "protocolMapper":"oidc-audience-mapper","config":{"included.custom.audience":
                           "spinepath-platform","access.token.claim":"true"}}]}""")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
        String shortLived = platform.fetchToken("spinepath", "grant_type=password&client_id=attack-short-lived"
                + "&username=clinician1&password=spinepath-dev");
        given().auth().oauth2(shortLived).get(platform.intakeUrl() + "/api/cases").then().statusCode(200);
        Thread.sleep(Duration.ofSeconds(2 + 10 + 3).toMillis());
        everyEndpointRefuses(shortLived, "expired beyond the clock skew");
    }

    @Test
    @Order(4)
    void aServiceAccountIsNoUser() {
        String triageService = platform.serviceToken("triage-service");
        given().auth().oauth2(triageService).contentType(ContentType.JSON).body("{\"slug\":\"x\"}")
                .post(platform.contentUrl() + "/api/articles").then().statusCode(403);
        given().auth().oauth2(triageService).get(platform.contentUrl() + "/api/audit").then().statusCode(403);
        given().auth().oauth2(triageService).get(platform.intakeUrl() + "/api/cases").then().statusCode(401);
    }

    /** Every endpoint with the roles allowed on it; every other realm user must get 403. */
    @Test
    @Order(4)
    void prometheusScrapesWithItsServiceAccountAndNothingElseOpensTheMetrics() {
        String prometheus = platform.serviceToken("prometheus");
        for (String service : List.of(platform.intakeUrl(), platform.triageUrl(), platform.contentUrl(),
                platform.notificationUrl())) {
            given().auth().oauth2(prometheus).get(service + "/q/metrics").then().statusCode(200);
            given().get(service + "/q/metrics").then().statusCode(401);
            as("admin1").get(service + "/q/metrics").then().statusCode(403);
        }
        given().auth().oauth2(prometheus).get(platform.intakeUrl() + "/api/cases").then().statusCode(403);
        given().auth().oauth2(prometheus).get(platform.contentUrl() + "/api/audit").then().statusCode(403);
    }

    @Test
    @Order(5)
    void everyEndpointRefusesEveryRoleThatMustNotUseIt() {
        String any = UUID.randomUUID().toString();
        record Endpoint(String method, String url, Set<String> allowed) {
        }
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", platform.intakeUrl() + "/api/cases", Set.of("clinician")),
                new Endpoint("GET", platform.intakeUrl() + "/api/cases", Set.of("clinician")),
                new Endpoint("GET", caseUrl(any), Set.of("clinician", "oncall", "admin")),
                new Endpoint("GET", platform.intakeUrl() + "/api/admin/outbox", Set.of("admin")),
                new Endpoint("POST", platform.triageUrl() + "/api/triage/evaluate", Set.of("clinician")),
                new Endpoint("GET", resultUrl(any), Set.of("clinician", "oncall", "admin")),
                new Endpoint("GET", platform.triageUrl() + "/api/triage/citations",
                        Set.of("admin", "content-reviewer", "content-editor")),
                new Endpoint("POST", platform.contentUrl() + "/api/articles", Set.of("content-editor")),
                new Endpoint("GET", platform.contentUrl() + "/api/feedback",
                        Set.of("content-editor", "content-reviewer", "admin")),
                new Endpoint("GET", platform.contentUrl() + "/api/audit", Set.of("auditor")),
                new Endpoint("GET", platform.contentUrl() + "/api/audit/verify", Set.of("auditor")),
                new Endpoint("GET", platform.contentUrl() + "/api/audit/export", Set.of("auditor")),
                new Endpoint("GET", platform.notificationUrl() + "/api/referrals", Set.of("oncall", "admin")),
                new Endpoint("GET", referralUrl(any), Set.of("oncall", "admin", "clinician")),
                new Endpoint("POST", referralUrl(any) + "/acknowledge", Set.of("oncall")),
                new Endpoint("POST", referralUrl(any) + "/deliveries/" + any + "/retry", Set.of("admin")));
        Map<String, Set<String>> users = Map.of("clinician1", Set.of("clinician"), "editor1", Set.of("content-editor"),
                "reviewer1", Set.of("content-reviewer"), "oncall1", Set.of("oncall"), "admin1", Set.of("admin"),
                "auditor1", Set.of("auditor"));
        int refused = 0;
        for (Endpoint endpoint : endpoints) {
            for (var user : users.entrySet()) {
                if (user.getValue().stream().anyMatch(endpoint.allowed()::contains)) {
                    continue;
                }
                RequestSpecification request = as(user.getKey());
                if (endpoint.method().equals("POST")) {
                    request = request.contentType(ContentType.JSON).body("{}");
                }
                Response response = request.request(endpoint.method(), endpoint.url());
                assertThat(response.statusCode()).as(user.getKey() + " " + endpoint.method() + " " + endpoint.url())
                        .isEqualTo(403);
                refused++;
            }
        }
        assertThat(refused).isGreaterThan(50);
    }

    @Test
    @Order(10)
    void anotherTeamsCaseResultAndReferralAreNotFoundAndNeverListed() {
        caseId = as("clinician1").contentType(ContentType.JSON).body(Vignettes.caseJson("P04"))
                .post(platform.intakeUrl() + "/api/cases").then().statusCode(201).extract().path("id");
        await().atMost(WAIT).until(() -> as("clinician1").get(resultUrl(caseId)).statusCode() == 200);
        referralId = await().atMost(WAIT).until(() -> as("oncall1").get(platform.notificationUrl() + "/api/referrals")
                .then().statusCode(200).extract().jsonPath()
                .<String>getList("findAll { it.caseId == '" + caseId + "' }.id"), ids -> !ids.isEmpty()).get(0);

        String unknown = UUID.randomUUID().toString();
        for (String[] pair : new String[][] { { caseUrl(caseId), caseUrl(unknown) },
                { resultUrl(caseId), resultUrl(unknown) }, { referralUrl(referralId), referralUrl(unknown) } }) {
            String notFoundTitle = as("clinician2").get(pair[1]).then().statusCode(404).extract().path("title");
            as("clinician2").get(pair[0]).then().statusCode(404).contentType("application/problem+json")
                    .body("title", equalTo(notFoundTitle));
            as("clinician3").get(pair[0]).then().statusCode(200).header("Cache-Control", "no-store")
                    .header("X-Content-Type-Options", "nosniff");
        }
        assertThat(as("clinician2").get(platform.intakeUrl() + "/api/cases?size=100").then().statusCode(200)
                .extract().jsonPath().<String>getList("id")).doesNotContain(caseId);
        assertThat(as("clinician3").get(platform.intakeUrl() + "/api/cases?size=100").then().statusCode(200)
                .extract().jsonPath().<String>getList("id")).contains(caseId);

        as("admin1").get(caseUrl(caseId)).then().statusCode(404);
        as("admin1").get(resultUrl(caseId)).then().statusCode(404);
        as("admin1").get(referralUrl(referralId)).then().statusCode(200).body("flags", nullValue())
                .body("recommendedAction", nullValue()).body("status", notNullValue());
        as("oncall1").get(referralUrl(referralId)).then().statusCode(200).body("flags[0].flag", notNullValue());
        // The referral went to the immediate route: its on-call staff read the case and the result
        // without breaking the glass (once intake and triage have read referral.events); oncall3,
        // on call for the vascular route only, does not.
        await().atMost(WAIT).until(() -> as("oncall1").get(caseUrl(caseId)).statusCode() == 200);
        await().atMost(WAIT).until(() -> as("oncall1").get(resultUrl(caseId)).statusCode() == 200);
        as("oncall1").get(caseUrl(caseId)).then().statusCode(200).body("id", equalTo(caseId));
        for (String url : List.of(caseUrl(caseId), resultUrl(caseId), referralUrl(referralId))) {
            as("oncall3").get(url).then().statusCode(404).contentType("application/problem+json");
        }

        as("clinician2").header(BREAK_GLASS, "patient transferred to neurosurgery at 01:00").get(caseUrl(caseId))
                .then().statusCode(200).body("id", equalTo(caseId));
    }

    @Test
    @Order(11)
    void everyActOnTheCaseIsInTheAuditTrail() {
        List<JsonNode> trail = await().atMost(WAIT).until(() -> auditOf(caseId), events -> {
            List<String> summary = events.stream().map(AttackSuiteIT::summary).toList();
            return summary.containsAll(List.of("intake-service C clinician1 0", "triage-service C system:triage-service 0",
                    "notification-service C system:notification-service 0", "intake-service R clinician2 4",
                    "triage-service R clinician2 4", "notification-service R clinician2 4",
                    "intake-service R clinician3 0", "triage-service R clinician3 0",
                    "notification-service R clinician3 0", "intake-service R admin1 4", "triage-service R admin1 4",
                    "notification-service R admin1 0", "notification-service R oncall1 0",
                    "intake-service R oncall1 0", "triage-service R oncall1 0", "intake-service R oncall3 4",
                    "triage-service R oncall3 4", "notification-service R oncall3 4"));
        });
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.at("/purposeOfEvent/0/coding/0/code").asText()).isEqualTo("BTG");
            assertThat(e.at("/agent/0/who/identifier/value").asText()).isEqualTo("clinician2");
            assertThat(e.at("/entity/0/detail/0/valueString").asText())
                    .isEqualTo("patient transferred to neurosurgery at 01:00");
        });
        assertThat(trail).allSatisfy(e -> assertThat(e.at("/agent/0/network/address").isMissingNode()
                || !e.at("/agent/0/network/address").asText().isBlank()).isTrue());
        JsonNode bundle = platform.json(as("auditor1").queryParam("caseId", caseId)
                .get(platform.contentUrl() + "/api/audit/export").then().statusCode(200)
                .contentType("application/fhir+json").extract().asString());
        assertThat(bundle.path("resourceType").asText()).isEqualTo("Bundle");
        assertThat(bundle.path("entry").size()).isGreaterThanOrEqualTo(trail.size());
        assertThat(as("auditor1").queryParam("user", "clinician2").queryParam("from",
                Instant.now().minus(Duration.ofHours(1)).toString()).get(platform.contentUrl() + "/api/audit")
                .then().statusCode(200).extract().jsonPath()
                .<String>getList("event.collect { it.agent[0].who.identifier.value }"))
                .isNotEmpty().containsOnly("clinician2");
    }

    @Test
    @Order(11)
    void refusedTokensLoginsAndTheAuditorsOwnReadsAreInTheTrail() {
        String since = Instant.now().minus(Duration.ofHours(1)).toString();
        List<String> services = List.of("intake-service", "triage-service", "content-service", "notification-service");
        // The forged tokens of attack 2 claimed to be clinician2: every service recorded its 401.
        List<JsonNode> clinician2 = await().atMost(WAIT).until(() -> trailOfUser("clinician2", since),
                events -> services.stream().allMatch(service -> events.stream().anyMatch(e -> isLogin(e, "4")
                        && service.equals(e.at("/source/observer/display").asText()))));
        assertThat(clinician2).filteredOn(e -> isLogin(e, "4")).allSatisfy(e -> {
            assertThat(e.at("/agent/0/name").asText()).contains("not verified");
            assertThat(e.path("outcomeDesc").asText()).startsWith("token refused");
        });
        assertThat(clinician2).anySatisfy(e -> assertThat(isLogin(e, "0")).isTrue());
        // The auditor's searches and verifications are in the trail too, for operations, not treatment.
        assertThat(await().atMost(WAIT).until(() -> trailOfUser("auditor1", since),
                events -> events.stream().anyMatch(e -> "HOPERAT".equals(
                        e.at("/purposeOfEvent/0/coding/0/code").asText())))).isNotEmpty();
    }

    private static List<JsonNode> trailOfUser(String user, String since) {
        JsonNode page = platform.json(as("auditor1").queryParam("user", user).queryParam("from", since)
                .queryParam("size", 500).get(platform.contentUrl() + "/api/audit").then().statusCode(200).extract()
                .asString());
        List<JsonNode> events = new ArrayList<>();
        page.forEach(r -> events.add(r.path("event")));
        return events;
    }

    private static boolean isLogin(JsonNode event, String outcome) {
        return "110114".equals(event.at("/type/code").asText()) && outcome.equals(event.path("outcome").asText());
    }

    @Test
    @Order(12)
    void fieldsAClientMustNotSetAreRefusedAndNothingIsWritten() throws SQLException {
        long before = count("intake", "select count(*) from patient_case");
        ObjectNode base = (ObjectNode) platform.json(Vignettes.caseJson("P01"));
        for (String field : List.of("id", "status", "urgency", "submittedBy", "submittedAt", "result")) {
            ObjectNode body = base.deepCopy();
            body.put(field, field.equals("submittedBy") ? "clinician2" : "TRIAGED");
            as("clinician1").contentType(ContentType.JSON).body(body.toString()).post(platform.intakeUrl() + "/api/cases")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(field));
        }
        assertThat(count("intake", "select count(*) from patient_case")).isEqualTo(before);
    }

    @Test
    @Order(13)
    void oversizedAndDeeplyNestedBodiesAreRefusedWithProblems() throws Exception {
        String big = "{\"patient\":{\"ageYears\":40},\"history\":{\"x\":\"" + "a".repeat(300_000) + "\"}}";
        for (String url : List.of(platform.intakeUrl() + "/api/cases", platform.triageUrl() + "/api/triage/evaluate")) {
            as("clinician1").contentType(ContentType.JSON).body(big).post(url).then().statusCode(413)
                    .contentType("application/problem+json");
            String deep = "{\"patient\":" + "{\"a\":".repeat(200) + "1" + "}".repeat(200) + "}";
            as("clinician1").contentType(ContentType.JSON).body(deep).post(url).then().statusCode(400)
                    .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("deeper"));
            StringBuilder nodes = new StringBuilder("{\"patient\":{\"ageYears\":40},\"imaging\":{\"schmorlNodes\":[");
            for (int i = 0; i < 1000; i++) {
                nodes.append(i == 0 ? "" : ",").append("{\"sizeMm\":3}");
            }
            as("clinician1").contentType(ContentType.JSON).body(nodes.append("]}}").toString()).post(url).then()
                    .statusCode(400).body("errors[0].field", equalTo("imaging.schmorlNodes"));
        }
        assertThat(beyondTheHttpLimit(platform.intakeUrl() + "/api/cases")).isIn("413", "closed by the server");
    }

    /**
     * A 2 MB body: the HTTP layer answers 413 as soon as the declared length exceeds its limit and
     * closes the connection, which the client may see as the connection closing while it still sends.
     */
    private static String beyondTheHttpLimit(String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try {
            return Integer.toString(http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + platform.token("clinician1"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("x".repeat(2_000_000))).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (java.io.IOException closedWhileSending) {
            return "closed by the server";
        }
    }

    @Test
    @Order(14)
    void forgedAndExpiredAcknowledgeLinksAreRefusedAndTheReferralStaysOpen() throws Exception {
        String link = platform.notificationUrl() + "/public/referrals/" + referralId + "/acknowledge";
        String by = "oncall-spine@spinepath.local";
        long future = Instant.now().plus(Duration.ofHours(1)).getEpochSecond();
        given().queryParam("by", by).queryParam("expires", future).queryParam("signature", "Zm9yZ2Vk")
                .get(link).then().statusCode(403);
        given().formParam("by", by).formParam("expires", future).formParam("signature", "Zm9yZ2Vk")
                .post(link).then().statusCode(403);
        given().formParam("by", "intruder@example.org").formParam("expires", future)
                .formParam("signature", sign(referralId, by, future)).post(link).then().statusCode(403);
        long past = Instant.now().minus(Duration.ofMinutes(1)).getEpochSecond();
        given().formParam("by", by).formParam("expires", past).formParam("signature", sign(referralId, by, past))
                .post(link).then().statusCode(410);
        as("oncall1").get(referralUrl(referralId)).then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    @Order(15)
    void writesBeyondTheLimitAre429WithRetryAfter() {
        Response limited = null;
        for (int i = 0; i < 200 && limited == null; i++) {
            Response response = as("oncall2").post(referralUrl(UUID.randomUUID().toString()) + "/acknowledge");
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(404);
            }
        }
        assertThat(limited).as("a 429 within 200 writes").isNotNull();
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        assertThat(limited.contentType()).startsWith("application/problem+json");
    }

    @Test
    @Order(20)
    void tenThousandMutatedCasesGiveNoServerErrorOnlyProblemsAndWriteNothingWhenRefused() throws Exception {
        long casesBefore = count("intake", "select count(*) from patient_case");
        long eventsBefore = count("intake", "select count(*) from outbox_event where topic = 'case.submitted'");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> vignettes = Vignettes.ids();
        AtomicInteger created = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int worker = 0; worker < 4; worker++) {
            int seed = 11_000 + worker;
            work.add(pool.submit(() -> {
                Random random = new Random(seed);
                for (int i = 0; i < 2_500; i++) {
                    String payload = Mutations.mutate(Vignettes.caseJson(vignettes.get(random.nextInt(vignettes.size()))),
                            random);
                    for (String url : List.of(platform.intakeUrl() + "/api/cases",
                            platform.triageUrl() + "/api/triage/evaluate")) {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", "Bearer " + platform.token("clinician3"))
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(payload)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        int status = response.statusCode();
                        String type = response.headers().firstValue("Content-Type").orElse("");
                        if (status >= 500 || status >= 400 && !type.startsWith("application/problem+json")
                                || status >= 300 && status < 400) {
                            failures.add(status + " " + type + " from " + url + " for " + payload);
                        }
                        if (url.endsWith("/api/cases") && status == 201) {
                            created.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        assertThat(failures).as("server errors or non-problem refusals").isEmpty();
        assertThat(count("intake", "select count(*) from patient_case") - casesBefore).isEqualTo(created.get());
        assertThat(count("intake", "select count(*) from outbox_event where topic = 'case.submitted'") - eventsBefore)
                .isEqualTo(created.get());
    }

    @Test
    @Order(99)
    void theAuditChainIsIntactAfterTheRun() {
        await().atMost(WAIT).until(() -> as("auditor1").get(platform.contentUrl() + "/api/audit/verify").then()
                .statusCode(200).extract().jsonPath().getLong("checked") > 20);
        as("auditor1").get(platform.contentUrl() + "/api/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("firstBrokenSeq", nullValue());
    }

    private static List<JsonNode> auditOf(String id) {
        JsonNode page = platform.json(as("auditor1").queryParam("caseId", id).queryParam("size", 500)
                .get(platform.contentUrl() + "/api/audit").then().statusCode(200).extract().asString());
        List<JsonNode> events = new ArrayList<>();
        page.forEach(r -> events.add(r.path("event")));
        return events;
    }

    private static String summary(JsonNode event) {
        return event.at("/source/observer/display").asText() + " " + event.path("action").asText() + " "
                + event.at("/agent/0/who/identifier/value").asText() + " " + event.path("outcome").asText();
    }

    private static long count(String database, String sql) throws SQLException {
        try (Connection c = platform.database(database); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String sign(String referral, String recipient, long expires) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(ACK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                mac.doFinal((referral + "\n" + recipient + "\n" + expires).getBytes(StandardCharsets.UTF_8)));
    }
}
