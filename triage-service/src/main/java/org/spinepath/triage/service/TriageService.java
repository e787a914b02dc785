package org.spinepath.triage.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.spinepath.common.access.AccessGuard;
import org.spinepath.common.access.Caller;
import org.spinepath.common.access.Custody;
import org.spinepath.common.access.OncallRoutes;
import org.spinepath.common.audit.AuditAction;
import org.spinepath.common.audit.AuditEntry;
import org.spinepath.common.audit.AuditTrail;
import org.spinepath.common.events.Topics;
import org.spinepath.common.outbox.Outbox;
import org.spinepath.common.problem.ProblemException;
import org.spinepath.triage.config.TriageConfig;
import org.spinepath.triage.domain.TriageRecord;
import org.spinepath.triage.engine.Recommendation;
import org.spinepath.triage.engine.TriageEngine;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.model.Case;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

@ApplicationScoped
public class TriageService {

    static final String RESOURCE = "TriageResult";

    private final TriageEngine engine;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final TriageConfig config;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final OncallRoutes oncallRoutes;
    private final String observer;

    public TriageService(TriageEngine engine, Outbox outbox, ObjectMapper mapper, TriageConfig config,
            AccessGuard guard, AuditTrail audit, OncallRoutes oncallRoutes,
            @ConfigProperty(name = "quarkus.application.name") String observer) {
        this.engine = engine;
        this.outbox = outbox;
        this.mapper = mapper;
        this.config = config;
        this.guard = guard;
        this.audit = audit;
        this.oncallRoutes = oncallRoutes;
        this.observer = observer;
    }

    /** What-if evaluation: the same engine and result schema, nothing stored or sent. */
    public TriageResult evaluate(Case patientCase) {
        return engine.evaluate(patientCase);
    }

    /**
     * Triages a submitted case once: stores the result and, in the same transaction, the
     * {@code triage.completed} event and, when a referral is required, {@code referral.requested}.
     * A case already triaged (the same submission seen through another event) is left alone.
     *
     * @return the stored result, empty when the case had been triaged before
     */
    @Transactional(TxType.MANDATORY)
    public Optional<TriageResult> triageSubmitted(UUID caseId, Case patientCase, String sourceEventId,
            Custody custody) {
        if (TriageRecord.findById(caseId) != null) {
            return Optional.empty();
        }
        TriageResult result = engine.evaluate(patientCase);
        Instant now = Instant.now();
        TriageRecord record = new TriageRecord();
        record.caseId = caseId;
        record.urgency = result.urgency().name();
        record.pathway = result.pathway() == null ? null : result.pathway().name();
        record.referralLevel = result.referral().required() ? result.referral().level().name() : null;
        record.rulesetVersion = result.rulesetVersion();
        record.result = write(result);
        record.sourceEventId = sourceEventId;
        record.evaluatedAt = now;
        record.submittedBy = custody.owner();
        record.careTeams = custody.teams().isEmpty() ? null : String.join(",", custody.teams().stream().sorted().toList());
        record.persist();
        audit.record(AuditEntry.of(Caller.system(observer), AuditAction.CREATE, RESOURCE, caseId, caseId, null, null));

        outbox.publish(Topics.TRIAGE_COMPLETED, caseId.toString(), new TriageCompleted(caseId, now, result));
        if (result.referral().required()) {
            outbox.publish(Topics.REFERRAL_REQUESTED, caseId.toString(), referral(caseId, result, now, custody));
        }
        return Optional.of(result);
    }

    /** The stored result, if the access rule lets the caller see its case; otherwise 404, audited either way. */
    public String storedResult(UUID caseId) {
        TriageRecord record = TriageRecord.findById(caseId);
        if (record == null) {
            throw ProblemException.notFound(RESOURCE, caseId);
        }
        guard.read(Custody.of(record.submittedBy, record.careTeamSet()).withRoutes(oncallRoutes.of(caseId)), RESOURCE,
                caseId, caseId);
        return record.result;
    }

    private ReferralRequested referral(UUID caseId, TriageResult result, Instant triagedAt, Custody custody) {
        var flags = result.flags().stream()
                .filter(f -> result.referral().flags().contains(f.flag()))
                .map(f -> new ReferralRequested.FlagFindings(f.flag().name(), f.findings()))
                .toList();
        String action = result.recommendations().stream().findFirst().map(Recommendation::text)
                .orElse("Refer to the specialist named for these flags.");
        return new ReferralRequested(caseId, result.referral().level().name(), result.urgency().name(), flags, action,
                config.caseLinkTemplate().replace("{caseId}", caseId.toString()), result.rulesetVersion(), triagedAt,
                custody.owner(), custody.teams().stream().sorted().toList());
    }

    private String write(TriageResult result) {
        try {
            return mapper.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a triage result must serialise", e);
        }
    }
}
