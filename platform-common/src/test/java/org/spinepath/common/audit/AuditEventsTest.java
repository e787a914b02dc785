package org.spinepath.common.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.spinepath.common.access.Caller;
import org.spinepath.common.access.Grant;

import com.fasterxml.jackson.databind.JsonNode;

class AuditEventsTest {

    private static final Caller CLINICIAN2 = new Caller("clinician2", "spinepath-portal",
            Set.of("clinician", "default-roles-spinepath"), Set.of("/teams/neurosurgery"), Set.of(), "192.0.2.7");

    @Test
    void aBreakGlassReadIsABalpRestReadWithTheReasonAndPurposeBtg() {
        UUID caseId = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        JsonNode event = AuditEvents.fhir(AuditEntry.of(CLINICIAN2, AuditAction.READ, "Case", caseId, caseId,
                Grant.BREAK_GLASS, "covering the ward"), id, Instant.parse("2026-11-30T01:00:00Z"), "intake-service");

        assertThat(event.path("resourceType").asText()).isEqualTo("AuditEvent");
        assertThat(event.path("id").asText()).isEqualTo(id.toString());
        assertThat(event.at("/type/code").asText()).isEqualTo("rest");
        assertThat(event.at("/subtype/0/code").asText()).isEqualTo("read");
        assertThat(event.path("action").asText()).isEqualTo("R");
        assertThat(event.path("recorded").asText()).isEqualTo("2026-11-30T01:00:00Z");
        assertThat(event.path("outcome").asText()).isEqualTo("0");
        assertThat(event.at("/purposeOfEvent/0/coding/0/code").asText()).isEqualTo("BTG");
        JsonNode user = event.at("/agent/0");
        assertThat(user.at("/who/identifier/value").asText()).isEqualTo("clinician2");
        assertThat(user.path("requestor").asBoolean()).isTrue();
        assertThat(user.at("/network/address").asText()).isEqualTo("192.0.2.7");
        assertThat(user.findValuesAsText("code")).contains("clinician");
        assertThat(event.at("/agent/1/who/identifier/value").asText()).isEqualTo("spinepath-portal");
        assertThat(event.at("/source/observer/display").asText()).isEqualTo("intake-service");
        assertThat(event.at("/entity/0/what/identifier/value").asText()).isEqualTo(caseId.toString());
        assertThat(event.at("/entity/0/detail/0/valueString").asText()).isEqualTo("covering the ward");
        assertThat(event.at("/entity/1/what/identifier/system").asText()).isEqualTo(AuditEvents.CASE_SYSTEM);
    }

    @Test
    void aRefusalIsAMinorFailureWithPurposeTreatmentAndNoReason() {
        UUID caseId = UUID.randomUUID();
        JsonNode event = AuditEvents.fhir(AuditEntry.of(CLINICIAN2, AuditAction.READ, "TriageResult", caseId, caseId,
                Grant.DENIED, null), UUID.randomUUID(), Instant.now(), "triage-service");
        assertThat(event.path("outcome").asText()).isEqualTo("4");
        assertThat(event.at("/purposeOfEvent/0/coding/0/code").asText()).isEqualTo("TREAT");
        assertThat(event.at("/agent/0/policy/0").asText()).isEqualTo("urn:spinepath:access:DENIED");
        assertThat(event.at("/entity/0/detail").isMissingNode()).isTrue();
    }

    @Test
    void aSearchIsAnExecuteWithItsQueryAndNoRecordId() {
        JsonNode event = AuditEvents.fhir(AuditEntry.search(CLINICIAN2, "Case", "page=0&size=20"), UUID.randomUUID(),
                Instant.now(), "intake-service");
        assertThat(event.path("action").asText()).isEqualTo("E");
        assertThat(event.at("/subtype/0/code").asText()).isEqualTo("search-type");
        assertThat(new String(Base64.getDecoder().decode(event.at("/entity/0/query").asText()),
                StandardCharsets.UTF_8)).isEqualTo("page=0&size=20");
        assertThat(event.at("/entity/0/what").isMissingNode()).isTrue();
    }

    @Test
    void aLoginIsADicomUserAuthenticationEventWithoutPurposeOfUse() {
        JsonNode event = AuditEvents.fhir(new AuditEntry(CLINICIAN2, AuditAction.LOGIN, "Session", "sid-1", null,
                AuditOutcome.SUCCESS, null, null, null), UUID.randomUUID(), Instant.now(), "intake-service");
        assertThat(event.at("/type/code").asText()).isEqualTo("110114");
        assertThat(event.at("/subtype/0/code").asText()).isEqualTo("110122");
        assertThat(event.path("action").asText()).isEqualTo("E");
        assertThat(event.path("outcome").asText()).isEqualTo("0");
        assertThat(event.has("purposeOfEvent")).isFalse();
        assertThat(event.at("/agent/0/who/identifier/value").asText()).isEqualTo("clinician2");
        assertThat(event.at("/agent/0/name").isMissingNode()).isTrue();
        assertThat(event.at("/entity/0/what/identifier/value").asText()).isEqualTo("sid-1");
    }

    @Test
    void aRefusedTokenNamesTheClaimedUserAsUnverifiedAndWhyItWasRefused() {
        Caller claimed = new Caller("clinician1", null, Set.of(), Set.of(), Set.of(), "192.0.2.9");
        JsonNode event = AuditEvents.fhir(new AuditEntry(claimed, AuditAction.LOGIN, "Endpoint", "GET /api/cases",
                null, AuditOutcome.REFUSED, Grant.DENIED, "InvalidJwtSignatureException", null), UUID.randomUUID(),
                Instant.now(), "intake-service");
        assertThat(event.path("outcome").asText()).isEqualTo("4");
        assertThat(event.path("outcomeDesc").asText()).isEqualTo("token refused: InvalidJwtSignatureException");
        assertThat(event.at("/agent/0/name").asText()).contains("not verified");
        assertThat(event.at("/agent/1").isMissingNode()).isTrue();
        assertThat(event.at("/entity/0/detail").isMissingNode()).isTrue();
    }

    @Test
    void anAuditorsSearchOfTheTrailHasPurposeHealthcareOperations() {
        Caller auditor = new Caller("auditor1", "spinepath-cli", Set.of("auditor"), Set.of(), Set.of(), null);
        JsonNode event = AuditEvents.fhir(new AuditEntry(auditor, AuditAction.SEARCH, AuditEntry.AUDIT_TRAIL, null,
                null, AuditOutcome.SUCCESS, null, null, "user=clinician2&page=0&size=50"), UUID.randomUUID(),
                Instant.now(), "content-service");
        assertThat(event.at("/purposeOfEvent/0/coding/0/code").asText()).isEqualTo("HOPERAT");
        assertThat(event.at("/entity/0/name").asText()).isEqualTo("AuditEvent");
        assertThat(new String(Base64.getDecoder().decode(event.at("/entity/0/query").asText()),
                StandardCharsets.UTF_8)).isEqualTo("user=clinician2&page=0&size=50");
    }
}
