package org.spinepath.content.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.spinepath.common.audit.AuditEvents;
import org.spinepath.common.events.PoisonMessageException;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * The append-only, hash-chained store of the platform's audit records. Appends are serialised by
 * a transaction-scoped advisory lock, so two consumers (or two replicas) never chain from the
 * same row.
 */
@ApplicationScoped
public class AuditStore {

    /** Any constant of our own: the advisory lock that serialises appends to the chain. */
    private static final long CHAIN_LOCK = 0x5350_4155_4449_5431L;

    private final EntityManager em;

    public AuditStore(EntityManager em) {
        this.em = em;
    }

    public record Filter(UUID caseId, String user, Instant from, Instant to) {
    }

    public record Verification(long checked, boolean intact, Long firstBrokenSeq, String problem) {
    }

    /** Appends one AuditEvent, in the transaction of the consumer that read it. */
    @Transactional(TxType.MANDATORY)
    public AuditRecord append(String eventId, JsonNode event) {
        if (!"AuditEvent".equals(event.path("resourceType").asText())) {
            throw new PoisonMessageException("audit.events " + eventId + " does not carry an AuditEvent");
        }
        em.createNativeQuery("select pg_advisory_xact_lock(:lock)").setParameter("lock", CHAIN_LOCK).getSingleResult();
        Optional<AuditRecord> last = AuditRecord.<AuditRecord>findAll(Sort.descending("seq")).firstResultOptional();
        AuditRecord row = new AuditRecord();
        row.seq = last.map(r -> r.seq + 1).orElse(1L);
        row.eventId = eventId;
        row.event = event.toString();
        row.recordedAt = Instant.parse(event.path("recorded").asText());
        row.observer = event.path("source").path("observer").path("display").asText("unknown");
        row.agentUser = textOrNull(event.path("agent").path(0).path("who").path("identifier").path("value"));
        row.action = event.path("action").asText();
        row.outcome = event.path("outcome").asText();
        row.purpose = textOrNull(event.path("purposeOfEvent").path(0).path("coding").path(0).path("code"));
        for (JsonNode entity : event.path("entity")) {
            String system = entity.path("what").path("identifier").path("system").asText("");
            String value = textOrNull(entity.path("what").path("identifier").path("value"));
            if (AuditEvents.CASE_SYSTEM.equals(system) && value != null) {
                row.caseId = UUID.fromString(value);
            } else if (row.resourceType == null) {
                row.resourceType = textOrNull(entity.path("name"));
                row.resourceId = value;
            }
        }
        row.prevHash = last.map(r -> r.hash).orElse(HashChain.GENESIS);
        row.hash = HashChain.link(row.prevHash, row.seq, row.event);
        row.persist();
        return row;
    }

    @Transactional(TxType.SUPPORTS)
    public List<AuditRecord> search(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.caseId() != null) {
            params.add(filter.caseId());
            where.append(" and caseId = ?").append(params.size());
        }
        if (filter.user() != null) {
            params.add(filter.user());
            where.append(" and agentUser = ?").append(params.size());
        }
        if (filter.from() != null) {
            params.add(filter.from());
            where.append(" and recordedAt >= ?").append(params.size());
        }
        if (filter.to() != null) {
            params.add(filter.to());
            where.append(" and recordedAt < ?").append(params.size());
        }
        return AuditRecord.<AuditRecord>find(where.toString(), Sort.ascending("seq"), params.toArray())
                .page(Page.of(page, size)).list();
    }

    /** Walks the whole chain in order and reports the first row whose link does not hold. */
    @Transactional(TxType.SUPPORTS)
    public Verification verify() {
        String previous = HashChain.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        try (var rows = AuditRecord.<AuditRecord>streamAll(Sort.ascending("seq"))) {
            for (AuditRecord row : (Iterable<AuditRecord>) rows::iterator) {
                if (row.seq != expectedSeq) {
                    return new Verification(checked, false, expectedSeq, "row " + expectedSeq + " is missing");
                }
                if (!row.prevHash.equals(previous)) {
                    return new Verification(checked, false, row.seq, "does not chain from row " + (row.seq - 1));
                }
                if (!row.hash.equals(HashChain.link(row.prevHash, row.seq, row.event))) {
                    return new Verification(checked, false, row.seq, "content does not match its hash");
                }
                previous = row.hash;
                expectedSeq++;
                checked++;
                em.detach(row);
            }
        }
        return new Verification(checked, true, null, null);
    }

    private static String textOrNull(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
