package org.spinepath.content.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinepath.common.access.AccessGuard;
import org.spinepath.common.access.AccessRule;
import org.spinepath.common.audit.AuditAction;
import org.spinepath.common.audit.AuditEntry;
import org.spinepath.common.audit.AuditOutcome;
import org.spinepath.common.audit.AuditTrail;
import org.spinepath.common.problem.Problem;
import org.spinepath.common.problem.ProblemException;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The audit trail for information governance: who opened which case, when and why. Every read of
 * the trail is itself an AuditEvent (user, roles, the query; purpose of use healthcare operations),
 * published on {@code audit.events} like any other service's and stored in the same chain. The
 * searched case is named in the query, not as the record's patient case, so a case's trail lists
 * who acted on the case rather than who reviewed its trail; the reviews are found by the auditor.
 */
@Path("/api/audit")
@Tag(name = "Audit")
@RolesAllowed(AccessRule.AUDITOR)
public class AuditResource {

    static final String FHIR_JSON = "application/fhir+json";

    public record StoredAuditEvent(long seq, Instant recordedAt, String hash, @JsonRawValue String event) {
    }

    private final AuditStore store;
    private final ObjectMapper mapper;
    private final AccessGuard guard;
    private final AuditTrail audit;

    public AuditResource(AuditStore store, ObjectMapper mapper, AccessGuard guard, AuditTrail audit) {
        this.store = store;
        this.mapper = mapper;
        this.guard = guard;
        this.audit = audit;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Audit records in the order they were stored, by case, user and time range, paged")
    public List<StoredAuditEvent> search(
            @Parameter(description = "The patient case the records concern") @QueryParam("caseId") UUID caseId,
            @Parameter(description = "The user who acted") @QueryParam("user") @Size(max = 320) String user,
            @Parameter(description = "From this instant (inclusive, ISO-8601)") @QueryParam("from")
            @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z", message = "must be an ISO-8601 UTC instant") String from,
            @Parameter(description = "Until this instant (exclusive, ISO-8601)") @QueryParam("to")
            @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z", message = "must be an ISO-8601 UTC instant") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        AuditStore.Filter filter = filter(caseId, user, from, to);
        audited(AuditAction.SEARCH, null, query(filter, page, size));
        return store.search(filter, page, size).stream()
                .map(r -> new StoredAuditEvent(r.seq, r.recordedAt, r.hash, r.event)).toList();
    }

    @GET
    @Path("/export")
    @Produces(FHIR_JSON)
    @Operation(summary = "The same records as a FHIR R4 Bundle (searchset) of AuditEvents")
    public ObjectNode export(@QueryParam("caseId") UUID caseId, @QueryParam("user") @Size(max = 320) String user,
            @QueryParam("from") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z",
                    message = "must be an ISO-8601 UTC instant") String from,
            @QueryParam("to") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z",
                    message = "must be an ISO-8601 UTC instant") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        AuditStore.Filter filter = filter(caseId, user, from, to);
        audited(AuditAction.SEARCH, null, "export " + query(filter, page, size));
        List<AuditRecord> records = store.search(filter, page, size);
        ObjectNode bundle = mapper.createObjectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("id", UUID.randomUUID().toString());
        bundle.put("type", "searchset");
        bundle.put("timestamp", Instant.now().toString());
        bundle.put("total", records.size());
        ArrayNode entries = bundle.putArray("entry");
        for (AuditRecord record : records) {
            ObjectNode entry = entries.addObject();
            try {
                ObjectNode event = (ObjectNode) mapper.readTree(record.event);
                entry.put("fullUrl", "urn:uuid:" + event.path("id").asText());
                entry.set("resource", event);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("stored audit record " + record.seq + " is not JSON", e);
            }
            entry.putObject("search").put("mode", "match");
        }
        return bundle;
    }

    @GET
    @Path("/verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute the hash chain and report the first broken link, if any")
    public AuditStore.Verification verify() {
        audited(AuditAction.READ, "hash-chain", null);
        return store.verify();
    }

    /** Recorded before the answer: a read of the trail whose record cannot be written is not answered. */
    private void audited(AuditAction action, String id, String query) {
        audit.recordAlone(new AuditEntry(guard.caller(), action, AuditEntry.AUDIT_TRAIL, id, null,
                AuditOutcome.SUCCESS, null, null, query));
    }

    private static String query(AuditStore.Filter filter, int page, int size) {
        StringBuilder query = new StringBuilder();
        if (filter.caseId() != null) {
            query.append("caseId=").append(filter.caseId()).append('&');
        }
        if (filter.user() != null) {
            query.append("user=").append(filter.user()).append('&');
        }
        if (filter.from() != null) {
            query.append("from=").append(filter.from()).append('&');
        }
        if (filter.to() != null) {
            query.append("to=").append(filter.to()).append('&');
        }
        return query.append("page=").append(page).append("&size=").append(size).toString();
    }

    private static AuditStore.Filter filter(UUID caseId, String user, String from, String to) {
        return new AuditStore.Filter(caseId, user, instant("from", from), instant("to", to));
    }

    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ProblemException(Problem.of(400, "validation", "Invalid request", field
                    + ": must be an ISO-8601 UTC instant").withErrors(List.of(new Problem.FieldError(field,
                            "must be an ISO-8601 UTC instant"))));
        }
    }
}
