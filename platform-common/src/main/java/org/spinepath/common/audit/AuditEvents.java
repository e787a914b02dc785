package org.spinepath.common.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes an {@link AuditEntry} as a FHIR R4 {@code AuditEvent} shaped by the IHE Basic Audit Log
 * Patterns (BALP): type {@code rest}, the interaction as subtype, the user and the client as two
 * agents (the user the requestor, with roles and network address), the service as the observer,
 * the record and its patient case as entities, and the purpose of use ({@code TREAT}, {@code BTG} for
 * break-glass, {@code HOPERAT} for an auditor's reads). A service accepting or refusing a token is a
 * DICOM "User Authentication" / "Login" event with the user (for a refused token: the user it
 * claims, marked unverified) and no purpose of use.
 */
public final class AuditEvents {

    public static final String CASE_SYSTEM = "urn:spinepath:case";
    public static final String USER_SYSTEM = "urn:spinepath:user";
    public static final String CLIENT_SYSTEM = "urn:spinepath:client";
    static final String PURPOSE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ActReason";
    static final String DCM = "http://dicom.nema.org/resources/ontology/DCM";
    private static final Map<String, String> PURPOSES = Map.of("BTG", "break the glass",
            "TREAT", "treatment", "HOPERAT", "healthcare operations");

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditEvents() {
    }

    public static ObjectNode fhir(AuditEntry entry, UUID id, Instant recorded, String observer) {
        ObjectNode event = JSON.createObjectNode();
        event.put("resourceType", "AuditEvent");
        event.put("id", id.toString());
        if (entry.action() == AuditAction.LOGIN) {
            event.set("type", coding(DCM, "110114", "User Authentication"));
            event.putArray("subtype").add(coding(DCM, "110122", "Login"));
        } else {
            event.set("type", coding("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest",
                    "Restful Operation"));
            event.putArray("subtype").add(coding("http://hl7.org/fhir/restful-interaction",
                    entry.action().interaction(), null));
        }
        event.put("action", entry.action().code());
        event.put("recorded", recorded.toString());
        event.put("outcome", entry.outcome().code());
        if (entry.outcome() == AuditOutcome.REFUSED) {
            event.put("outcomeDesc", entry.action() == AuditAction.LOGIN && entry.reason() != null
                    ? "token refused: " + entry.reason() : "access refused");
        }
        boolean glass = entry.brokeGlass();
        String purposeCode = entry.purposeOfUse();
        ObjectNode purpose = null;
        if (purposeCode != null) {
            purpose = JSON.createObjectNode();
            purpose.putArray("coding").add(coding(PURPOSE_SYSTEM, purposeCode, PURPOSES.get(purposeCode)));
            event.putArray("purposeOfEvent").add(purpose);
        }

        ArrayNode agents = event.putArray("agent");
        ObjectNode user = agents.addObject();
        user.set("type", concept("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP",
                "information recipient"));
        String who = entry.caller().user() == null ? "anonymous" : entry.caller().user();
        user.set("who", identifier(USER_SYSTEM, who));
        user.put("requestor", true);
        ArrayNode roles = user.putArray("role");
        entry.caller().roles().stream().sorted().forEach(role -> roles.add(concept("urn:spinepath:role", role, null)));
        if (entry.caller().address() != null) {
            ObjectNode network = user.putObject("network");
            network.put("address", entry.caller().address());
            network.put("type", "2");
        }
        if (entry.grant() != null) {
            user.putArray("policy").add("urn:spinepath:access:" + entry.grant().name());
        }
        if (glass) {
            user.putArray("purposeOfUse").add(purpose.deepCopy());
        }
        if (entry.action() == AuditAction.LOGIN && entry.outcome() == AuditOutcome.REFUSED
                && entry.caller().user() != null) {
            user.put("name", "claimed by a refused token, not verified");
        }
        if (entry.caller().client() != null) {
            ObjectNode client = agents.addObject();
            client.set("type", concept(DCM, "110150", "Application"));
            client.set("who", identifier(CLIENT_SYSTEM, entry.caller().client()));
            client.put("requestor", false);
        }

        ObjectNode source = event.putObject("source");
        source.putObject("observer").put("display", observer);
        source.putArray("type").add(coding("http://terminology.hl7.org/CodeSystem/security-source-type", "4",
                "Application Server"));

        ArrayNode entities = event.putArray("entity");
        if (entry.resourceId() != null || entry.query() != null) {
            ObjectNode what = entities.addObject();
            if (entry.resourceId() != null) {
                what.set("what", identifier("urn:spinepath:" + entry.resourceType(), entry.resourceId()));
            }
            what.set("type", coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "2", "System Object"));
            what.put("name", entry.resourceType());
            if (entry.query() != null) {
                what.put("query", Base64.getEncoder().encodeToString(entry.query().getBytes(StandardCharsets.UTF_8)));
            }
            if (glass && entry.reason() != null) {
                ObjectNode detail = what.putArray("detail").addObject();
                detail.put("type", "break-glass-reason");
                detail.put("valueString", entry.reason());
            }
        }
        if (entry.caseId() != null) {
            ObjectNode patientCase = entities.addObject();
            patientCase.set("what", identifier(CASE_SYSTEM, entry.caseId().toString()));
            patientCase.set("type", coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "2",
                    "System Object"));
            patientCase.set("role", coding("http://terminology.hl7.org/CodeSystem/object-role", "1", "Patient"));
            patientCase.put("name", "Case");
        }
        return event;
    }

    private static ObjectNode coding(String system, String code, String display) {
        ObjectNode coding = JSON.createObjectNode();
        coding.put("system", system);
        coding.put("code", code);
        if (display != null) {
            coding.put("display", display);
        }
        return coding;
    }

    private static ObjectNode concept(String system, String code, String display) {
        ObjectNode concept = JSON.createObjectNode();
        concept.putArray("coding").add(coding(system, code, display));
        return concept;
    }

    private static ObjectNode identifier(String system, String value) {
        ObjectNode reference = JSON.createObjectNode();
        ObjectNode identifier = reference.putObject("identifier");
        identifier.put("system", system);
        identifier.put("value", value);
        return reference;
    }
}
