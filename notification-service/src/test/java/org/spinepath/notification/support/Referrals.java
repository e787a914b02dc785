package org.spinepath.notification.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.Mailbox;
import org.spinepath.testing.SpinePathContainers;
import org.spinepath.testing.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Test helpers: referral.requested events on the real broker, the API as a realm user, mail received. */
public final class Referrals {

    public static final String TOPIC = "referral.requested";
    public static final String ONCALL_SPINE = "oncall-spine@spinepath.local";
    public static final String ONCALL_SPINE_SECOND = "oncall-spine-second@spinepath.local";
    public static final String CONSULTANT_SPINE = "consultant-spine@spinepath.local";
    public static final String ONCOLOGY = "oncology@spinepath.local";
    public static final String METASTASIS_COORDINATOR = "metastasis-coordinator@spinepath.local";
    public static final String MSCC_COORDINATOR = "mscc-coordinator@spinepath.local";
    public static final String EMERGENCY_DEPARTMENT = "emergency-department@spinepath.local";
    public static final String ONCALL_VASCULAR = "oncall-vascular@spinepath.local";
    /** Generous: the machines that run these tests are often shared and busy. */
    public static final Duration WAIT = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, ConsumerTask<String, String>> READERS = new HashMap<>();
    private static KafkaCompanion companion;

    private Referrals() {
    }

    public static synchronized KafkaCompanion kafka() {
        if (companion == null) {
            companion = new KafkaCompanion(KafkaTestResource.bootstrapServers());
        }
        return companion;
    }

    /** A referral.requested CloudEvent as the triage service writes it. */
    public static String event(String eventId, UUID caseId, String level, String urgency, String flagsJson) {
        return """
                {"specversion":"1.0","id":"%1$s","source":"urn:spinepath:triage-service",
                 "type":"org.spinepath.referral.requested","subject":"%2$s","time":"%5$s",
                 "datacontenttype":"application/json",
                 "data":{"caseId":"%2$s","level":"%3$s","urgency":"%4$s","flags":%6$s,
                   "recommendedAction":"Emergency specialist referral for urgent decompression.",
                   "caseLink":"https://portal.spinepath.test/cases/%2$s","rulesetVersion":"2026.1",
                   "triagedAt":"%5$s"}}
                """.formatted(eventId, caseId, level, urgency, Instant.now(), flagsJson);
    }

    public static String caudaEquina(String eventId, UUID caseId) {
        return event(eventId, caseId, "IMMEDIATE", "EMERGENCY",
                "[{\"flag\":\"CAUDA_EQUINA\",\"findings\":[\"saddleAnesthesia\",\"bladderDysfunction=RETENTION\"]}]");
    }

    public static String malignancy(String eventId, UUID caseId) {
        return event(eventId, caseId, "WITHOUT_DELAY", "URGENT",
                "[{\"flag\":\"MALIGNANCY\",\"findings\":[\"cancerHistory\",\"nightPain=SEVERE\"]}]");
    }

    /** A contract version 2 event: a cancer history with a new deficit, beside an incomplete cauda equina. */
    public static String metastaticCompressionWithCaudaEquina(String eventId, UUID caseId) {
        return event(eventId, caseId, "IMMEDIATE", "EMERGENCY",
                "[{\"flag\":\"CAUDA_EQUINA\",\"stage\":\"INCOMPLETE\",\"findings\":[\"saddleAnesthesia\"],"
                        + "\"citations\":[{\"articleSlug\":\"serious-spinal-pathology-guidance\",\"version\":1,"
                        + "\"section\":\"cauda-equina\"}]},"
                        + "{\"flag\":\"SPINAL_METASTATIC_COMPRESSION\",\"findings\":[\"cancerHistory\","
                        + "\"motorWeakness=PROGRESSIVE\"]}]");
    }

    public static String metastaticCompression(String eventId, UUID caseId) {
        return event(eventId, caseId, "IMMEDIATE", "EMERGENCY",
                "[{\"flag\":\"SPINAL_METASTATIC_COMPRESSION\",\"findings\":[\"cancerHistory\",\"sciatica=UNILATERAL\"]}]");
    }

    public static String vascularEmergency(String eventId, UUID caseId) {
        return event(eventId, caseId, "IMMEDIATE", "EMERGENCY",
                "[{\"flag\":\"VASCULAR_EMERGENCY\",\"findings\":[\"pulsatileAbdominalMass\",\"syncopeOrHypotension\"]}]");
    }

    /** Publishes a record as the triage service's outbox relay does: structured CloudEvent, keyed by case. */
    public static void produce(String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, key, value);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        kafka().produceStrings().fromRecords(record).awaitCompletion();
    }

    public static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.accessToken(username));
    }

    /** The referral of a case as GET /api/referrals/{id} shows it, once it exists. */
    public static Map<String, Object> referralOf(UUID caseId) {
        String id = await().atMost(WAIT).until(() -> as("admin1").queryParam("size", 200).get("/api/referrals").then()
                .statusCode(200)
                .extract().jsonPath().<String>getList("findAll { it.caseId == '" + caseId + "' }.id"),
                ids -> !ids.isEmpty()).get(0);
        return detail(id);
    }

    public static Map<String, Object> detail(String referralId) {
        return as("admin1").get("/api/referrals/" + referralId).then().statusCode(200).extract().jsonPath()
                .getMap("");
    }

    /** How many referrals, open or recent, the case has. */
    public static int referralCount(UUID caseId) {
        return as("admin1").queryParam("size", 200).get("/api/referrals").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.caseId == '" + caseId + "' }").size();
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> deliveries(Map<String, Object> referral) {
        return (List<Map<String, Object>>) referral.get("deliveries");
    }

    public static Mailbox mailbox() {
        return SpinePathContainers.smtp().mailbox();
    }

    /** The mail {@code address} received about a case, oldest first. */
    public static List<Mailbox.Mail> mailsAbout(String address, UUID caseId) {
        return mailbox().messages(address).stream().filter(m -> m.subject().contains(caseId.toString())).toList();
    }

    public static List<Mailbox.Mail> awaitMails(String address, UUID caseId, int count) {
        return await().atMost(WAIT).until(() -> mailsAbout(address, caseId), mails -> mails.size() >= count);
    }

    /**
     * Every record of {@code topic} with key {@code key} read so far, oldest first. One consumer
     * per topic reads from the beginning for the whole test run.
     */
    public static List<ConsumerRecord<String, String>> records(String topic, String key) {
        ConsumerTask<String, String> reader;
        synchronized (READERS) {
            reader = READERS.computeIfAbsent(topic, t -> kafka().consumeStrings().fromTopics(t));
        }
        return reader.getRecords().stream().filter(r -> key.equals(r.key())).toList();
    }

    /** The data of every referral.events event about a case so far, oldest first. */
    public static List<JsonNode> referralEvents(UUID caseId) {
        return records("referral.events", caseId.toString()).stream().map(r -> read(r.value()).path("data")).toList();
    }

    /** The {@code change} of each referral.events event about a case so far. */
    public static List<String> changes(UUID caseId) {
        return referralEvents(caseId).stream().map(e -> e.path("change").asText()).toList();
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The decoded query parameters of a link. */
    public static Map<String, String> query(URI link) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : link.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** Acknowledges every open referral, so that no test leaves escalations running behind it. */
    public static void acknowledgeAllOpen() {
        List<String> open;
        do {
            open = as("oncall2").queryParam("status", "OPEN").queryParam("size", 200).get("/api/referrals").then()
                    .statusCode(200).extract().jsonPath().getList("id");
            open.forEach(id -> as("oncall2").post("/api/referrals/" + id + "/acknowledge").then().statusCode(200));
        } while (!open.isEmpty());
    }
}
