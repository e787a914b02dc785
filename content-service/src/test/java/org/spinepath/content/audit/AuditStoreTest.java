package org.spinepath.content.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.spinepath.content.support.Api.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.spinepath.common.access.Caller;
import org.spinepath.common.access.Grant;
import org.spinepath.common.audit.AuditAction;
import org.spinepath.common.audit.AuditEntry;
import org.spinepath.common.audit.AuditEvents;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** The audit store: every AuditEvent stored once, searchable by auditors only, the chain verifiable. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "content"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(value = KeycloakTestResource.class, initArgs = @ResourceArg(name = "client", value = "content-service"))
class AuditStoreTest {

    @Inject
    EntityManager em;

    private static String cloudEvent(String eventId, UUID caseId, String user) {
        Caller caller = new Caller(user, "spinepath-cli", Set.of("clinician"), Set.of(), Set.of(), "10.1.2.3");
        String data = AuditEvents.fhir(AuditEntry.of(caller, AuditAction.READ, "Case", caseId, caseId, Grant.OWNER,
                null), UUID.randomUUID(), Instant.now(), "intake-service").toString();
        return """
                {"specversion":"1.0","id":"%s","source":"urn:spinepath:intake-service",
                 "type":"org.spinepath.audit.events","subject":"%s","time":"%s","datacontenttype":"application/json",
                 "data":%s}""".formatted(eventId, caseId, Instant.now(), data);
    }

    private static void publish(String eventId, UUID caseId, String user) {
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>("audit.events", caseId.toString(),
                    cloudEvent(eventId, caseId, user))).awaitCompletion();
        }
    }

    private static List<String> usersOfCase(UUID caseId) {
        return as("auditor1").queryParam("caseId", caseId.toString()).get("/api/audit").then().statusCode(200)
                .extract().jsonPath().getList("event.collect { it.agent[0].who.identifier.value }", String.class);
    }

    @Test
    void everyRecordIsStoredOnceAndFoundByCaseUserAndTime() {
        UUID caseId = UUID.randomUUID();
        String duplicate = UUID.randomUUID().toString();
        Instant before = Instant.now().minusSeconds(1);
        publish(duplicate, caseId, "clinician1");
        publish(duplicate, caseId, "clinician1");
        publish(UUID.randomUUID().toString(), caseId, "clinician3");

        await().atMost(Duration.ofSeconds(30)).until(() -> usersOfCase(caseId).size() >= 2);
        assertThat(usersOfCase(caseId)).containsExactly("clinician1", "clinician3");
        as("auditor1").queryParam("user", "clinician3").queryParam("from", before.toString())
                .get("/api/audit").then().statusCode(200)
                .body("findAll { it.event.entity[1].what.identifier.value == '" + caseId + "' }.size()", equalTo(1));
        as("auditor1").queryParam("caseId", caseId.toString()).queryParam("to", before.toString())
                .get("/api/audit").then().statusCode(200).body("size()", equalTo(0));
        as("auditor1").queryParam("caseId", caseId.toString()).get("/api/audit/export").then().statusCode(200)
                .contentType("application/fhir+json")
                .body("resourceType", equalTo("Bundle")).body("type", equalTo("searchset"))
                .body("entry.size()", equalTo(2)).body("entry[0].resource.resourceType", equalTo("AuditEvent"));
        as("auditor1").queryParam("from", "yesterday").get("/api/audit").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anAuditorsReadsOfTheTrailAreThemselvesInTheTrailButNotInTheSearchedCasesTrail() {
        UUID probe = UUID.randomUUID();
        Instant before = Instant.now().minusSeconds(1);
        as("auditor1").queryParam("caseId", probe.toString()).get("/api/audit").then().statusCode(200);
        as("auditor1").get("/api/audit/verify").then().statusCode(200);

        List<String> queries = await().atMost(Duration.ofSeconds(60)).until(() -> as("auditor1")
                .queryParam("user", "auditor1").queryParam("from", before.toString()).queryParam("size", 500)
                .get("/api/audit").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.event.purposeOfEvent[0].coding[0].code == 'HOPERAT' }"
                        + ".collect { it.event.entity[0].query ?: it.event.entity[0].what.identifier.value }",
                        String.class), q -> q.size() >= 2);
        assertThat(queries).anySatisfy(q -> assertThat(new String(java.util.Base64.getDecoder().decode(q),
                java.nio.charset.StandardCharsets.UTF_8)).startsWith("caseId=" + probe));
        assertThat(queries).contains("hash-chain");
        assertThat(usersOfCase(probe)).isEmpty();
    }

    @Test
    void onlyAuditorsReadTheTrail() {
        for (String user : new String[] { "clinician1", "admin1", "oncall1", "editor1" }) {
            as(user).get("/api/audit").then().statusCode(403);
            as(user).get("/api/audit/verify").then().statusCode(403);
        }
    }

    @Test
    void rowsCannotBeChangedAndAChangeBehindTheTriggersBackIsFoundByVerification() {
        UUID caseId = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), caseId, "clinician1");
        await().atMost(Duration.ofSeconds(30)).until(() -> usersOfCase(caseId).size() == 1);
        as("auditor1").get("/api/audit/verify").then().statusCode(200).body("intact", equalTo(true));

        long seq = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select seq from audit_record where case_id = :c").setParameter("c", caseId).getSingleResult())
                .longValue());
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update audit_record set agent_user = 'nobody' where seq = :s").setParameter("s", seq).executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from audit_record where seq = :s").setParameter("s", seq).executeUpdate()))
                .hasStackTraceContaining("append-only");

        String original = tamper(seq, "clinician1", "clinician2");
        try {
            as("auditor1").get("/api/audit/verify").then().statusCode(200).body("intact", equalTo(false))
                    .body("firstBrokenSeq", equalTo((int) seq));
        } finally {
            tamper(seq, "clinician2", "clinician1");
        }
        assertThat(original).contains("clinician1");
        as("auditor1").get("/api/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    /** What someone with the database owner's rights could do: switch the trigger off and edit a row. */
    private String tamper(long seq, String from, String to) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("alter table audit_record disable trigger audit_record_no_update").executeUpdate();
            String event = (String) em.createNativeQuery("select event from audit_record where seq = :s")
                    .setParameter("s", seq).getSingleResult();
            em.createNativeQuery("update audit_record set event = :e where seq = :s")
                    .setParameter("e", event.replace(from, to)).setParameter("s", seq).executeUpdate();
            em.createNativeQuery("alter table audit_record enable trigger audit_record_no_update").executeUpdate();
            return event;
        });
    }
}
