package org.spinepath.intake.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.spinepath.common.access.AccessGuard;
import org.spinepath.common.access.Caller;
import org.spinepath.common.access.Custody;
import org.spinepath.common.access.OncallRoutes;
import org.spinepath.common.access.Grant;
import org.spinepath.common.audit.AuditAction;
import org.spinepath.common.audit.AuditEntry;
import org.spinepath.common.audit.AuditTrail;
import org.spinepath.common.events.Topics;
import org.spinepath.common.outbox.Outbox;
import org.spinepath.common.problem.ProblemException;
import org.spinepath.intake.domain.CaseStatus;
import org.spinepath.intake.domain.PatientCase;
import org.spinepath.triage.engine.model.Case;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CaseService {

    static final String RESOURCE = "Case";

    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final EntityManager em;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final OncallRoutes oncallRoutes;

    public CaseService(Outbox outbox, ObjectMapper mapper, EntityManager em, AccessGuard guard, AuditTrail audit,
            OncallRoutes oncallRoutes) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.em = em;
        this.guard = guard;
        this.audit = audit;
        this.oncallRoutes = oncallRoutes;
    }

    /**
     * Stores a case and its {@code case.submitted} event in one transaction. With an
     * idempotency key, a retry of the same request returns the case the first attempt created; the
     * same key with a different body is refused rather than guessed at.
     */
    @Transactional
    public Submission submit(Case submitted, Caller caller, String idempotencyKey) {
        String submittedBy = caller.user();
        String json = write(submitted);
        String hash = sha256(json);
        if (idempotencyKey != null) {
            Optional<PatientCase> earlier = PatientCase.findByIdempotencyKey(submittedBy, idempotencyKey);
            if (earlier.isPresent()) {
                return replay(earlier.get(), idempotencyKey, hash);
            }
        }
        UUID id = UUID.randomUUID();
        Instant submittedAt = Instant.now();
        // Two retries of one request can race past the check above. The insert settles the race in
        // the database: the loser's insert does nothing, and it answers with the winner's case.
        int inserted = em.createNativeQuery("insert into patient_case (id, status, submitted_by, submitted_at, "
                + "case_data, idempotency_key, request_hash, care_teams, version) values (:id, :status, :submittedBy, "
                + ":submittedAt, cast(:caseData as jsonb), :key, :hash, :teams, 0) "
                + "on conflict on constraint patient_case_idempotency do nothing")
                .setParameter("id", id)
                .setParameter("status", CaseStatus.SUBMITTED.name())
                .setParameter("submittedBy", submittedBy)
                .setParameter("submittedAt", submittedAt)
                .setParameter("caseData", json)
                .setParameter("key", idempotencyKey)
                .setParameter("hash", hash)
                .setParameter("teams", PatientCase.joinTeams(caller.teams()))
                .executeUpdate();
        if (inserted == 0) {
            PatientCase winner = PatientCase.findByIdempotencyKey(submittedBy, idempotencyKey)
                    .orElseThrow(() -> new IllegalStateException("idempotency conflict without a winner"));
            return replay(winner, idempotencyKey, hash);
        }
        outbox.publish(Topics.CASE_SUBMITTED, id.toString(),
                new CaseSubmitted(id, submittedBy, submittedAt, caller.teams().stream().sorted().toList(), submitted));
        audit.record(AuditEntry.of(caller, AuditAction.CREATE, RESOURCE, id, id, Grant.OWNER, null));
        PatientCase entity = PatientCase.findById(id);
        return new Submission(view(entity), false);
    }

    private Submission replay(PatientCase earlier, String idempotencyKey, String hash) {
        if (!earlier.requestHash.equals(hash)) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "Idempotency-Key " + idempotencyKey + " was already used for a different case");
        }
        return new Submission(view(earlier), true);
    }

    /**
     * Marks a case whose {@code case.submitted} event was dead-lettered by triage: it will never be
     * triaged, and the clinician must be told rather than left waiting.
     *
     * @return true if the case was waiting for triage and is now FAILED
     */
    @Transactional(TxType.MANDATORY)
    public boolean markFailed(UUID caseId, String reason) {
        PatientCase entity = PatientCase.findById(caseId);
        if (entity == null || entity.status != CaseStatus.SUBMITTED) {
            return false;
        }
        entity.status = CaseStatus.FAILED;
        entity.failureReason = reason;
        return true;
    }

    /**
     * A case, if the access rule lets the caller see it; otherwise, and for an unknown id alike, a
     * 404. Either way the attempt is audited.
     */
    public CaseView get(UUID id) {
        PatientCase entity = PatientCase.findById(id);
        if (entity == null) {
            throw ProblemException.notFound(RESOURCE, id);
        }
        guard.read(Custody.of(entity.submittedBy, entity.careTeamSet()).withRoutes(oncallRoutes.of(id)), RESOURCE, id,
                id);
        return view(entity);
    }

    /** The caller's own cases and those of their care teams, newest first; the search is audited. */
    public List<CaseView> recent(Caller caller, int page, int size) {
        StringBuilder where = new StringBuilder("submittedBy = ?1");
        List<Object> params = new ArrayList<>(List.of(caller.user()));
        for (String team : caller.teams().stream().sorted().toList()) {
            params.add("%," + team.replace("%", "").replace("_", "\\_") + ",%");
            where.append(" or careTeams like ?").append(params.size());
        }
        List<CaseView> found = PatientCase.<PatientCase>find(where.toString(), Sort.descending("submittedAt"),
                params.toArray()).page(Page.of(page, size)).list().stream().map(this::view).toList();
        guard.searched(RESOURCE, "page=" + page + "&size=" + size);
        return found;
    }

    /** Applies a triage result to its case; redeliveries are filtered out before this by event id. */
    @Transactional(TxType.MANDATORY)
    public void recordTriage(UUID caseId, JsonNode result) {
        PatientCase entity = PatientCase.findById(caseId);
        if (entity == null) {
            throw ProblemException.notFound("Case", caseId);
        }
        entity.status = CaseStatus.TRIAGED;
        entity.urgency = result.path("urgency").asText(null);
        entity.rulesetVersion = result.path("rulesetVersion").asText(null);
        entity.triageResult = result.toString();
        entity.triagedAt = Instant.now();
    }

    private CaseView view(PatientCase c) {
        return new CaseView(c.id, c.status, c.submittedBy, c.submittedAt, c.caseData, c.urgency, c.rulesetVersion,
                c.triagedAt, c.triageResult, c.failureReason);
    }

    private String write(Case submitted) {
        try {
            return mapper.writeValueAsString(submitted);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a validated case must serialise", e);
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
