package org.spinepath.intake.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A submitted case as the clinician sent it, and its triage result once it arrives. */
@Entity
@Table(name = "patient_case")
public class PatientCase extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CaseStatus status;

    @Column(name = "submitted_by", nullable = false, length = 200)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "case_data", nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String caseData;

    @Column(name = "idempotency_key", length = 200)
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    @Column(length = 20)
    public String urgency;

    @Column(name = "ruleset_version", length = 100)
    public String rulesetVersion;

    @Column(name = "triage_result", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String triageResult;

    @Column(name = "triaged_at")
    public Instant triagedAt;

    /** Why the case can never be triaged (status FAILED). */
    @Column(name = "failure_reason", columnDefinition = "text")
    public String failureReason;

    /** The submitter's care teams at submission, wrapped in commas: {@code ,/teams/a,/teams/b,}. */
    @Column(name = "care_teams", nullable = false, columnDefinition = "text")
    public String careTeams = ",";

    @Version
    public long version;

    public Set<String> careTeamSet() {
        return Arrays.stream(careTeams.split(",")).filter(t -> !t.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public static String joinTeams(Collection<String> teams) {
        return "," + teams.stream().sorted().collect(Collectors.joining(",")) + (teams.isEmpty() ? "" : ",");
    }

    public static Optional<PatientCase> findByIdempotencyKey(String submittedBy, String key) {
        return find("submittedBy = ?1 and idempotencyKey = ?2", submittedBy, key).firstResultOptional();
    }
}
