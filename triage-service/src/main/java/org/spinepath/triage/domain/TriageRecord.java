package org.spinepath.triage.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The triage result of one case, with the ruleset that produced it. */
@Entity
@Table(name = "triage_result")
public class TriageRecord extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(nullable = false, length = 20)
    public String urgency;

    @Column(length = 40)
    public String pathway;

    @Column(name = "referral_level", length = 20)
    public String referralLevel;

    @Column(name = "ruleset_version", nullable = false, length = 100)
    public String rulesetVersion;

    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String result;

    @Column(name = "source_event_id", nullable = false, length = 64)
    public String sourceEventId;

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;

    /** The clinician who submitted the case; null for a version 1 event that did not carry it. */
    @Column(name = "submitted_by", length = 200)
    public String submittedBy;

    /** The submitter's care teams (group paths), comma-separated; null when the event did not carry them. */
    @Column(name = "care_teams", columnDefinition = "text")
    public String careTeams;

    public Set<String> careTeamSet() {
        return careTeams == null ? Set.of()
                : Arrays.stream(careTeams.split(",")).filter(t -> !t.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
