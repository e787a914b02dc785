package org.spinepath.intake.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

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

    private final Outbox outbox;
    private final ObjectMapper mapper;

    public CaseService(Outbox outbox, ObjectMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    /**
     * Stores a case and its {@code case.submitted} event in one transaction. With an
     * idempotency key, a retry of the same request returns the case the first attempt created; the
     * same key with a different body is refused rather than guessed at.
     */
    @Transactional
    public Submission submit(Case submitted, String submittedBy, String idempotencyKey) {
        String json = write(submitted);
        String hash = sha256(json);
        if (idempotencyKey != null) {
            Optional<PatientCase> earlier = PatientCase.findByIdempotencyKey(submittedBy, idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash.equals(hash)) {
                    throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                            "Idempotency-Key " + idempotencyKey + " was already used for a different case");
                }
                return new Submission(view(earlier.get()), true);
            }
        }
        PatientCase entity = new PatientCase();
        entity.id = UUID.randomUUID();
        entity.status = CaseStatus.SUBMITTED;
        entity.submittedBy = submittedBy;
        entity.submittedAt = Instant.now();
        entity.caseData = json;
        entity.idempotencyKey = idempotencyKey;
        entity.requestHash = hash;
        entity.persist();
        outbox.publish(Topics.CASE_SUBMITTED, entity.id.toString(),
                new CaseSubmitted(entity.id, submittedBy, entity.submittedAt, submitted));
        return new Submission(view(entity), false);
    }

    @Transactional(TxType.SUPPORTS)
    public CaseView get(UUID id) {
        PatientCase entity = PatientCase.findById(id);
        if (entity == null) {
            throw ProblemException.notFound("Case", id);
        }
        return view(entity);
    }

    @Transactional(TxType.SUPPORTS)
    public List<CaseView> recent(String submittedBy, int page, int size) {
        return PatientCase.<PatientCase>find("submittedBy", Sort.descending("submittedAt"), submittedBy)
                .page(Page.of(page, size)).list().stream().map(this::view).toList();
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
                c.triagedAt, c.triageResult);
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
