package org.spinepath.notification.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.spinepath.common.access.Custody;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An urgent referral of one case at one level: what the on-call specialist must act on, who has
 * been told, and the escalation clock that runs until someone acknowledges it.
 */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ReferralLevel level;

    @Column(nullable = false, length = 20)
    public String urgency;

    @Convert(converter = FlagListConverter.class)
    @Column(nullable = false, columnDefinition = "text")
    public List<FlagFindings> flags;

    @Column(name = "recommended_action", nullable = false, columnDefinition = "text")
    public String recommendedAction;

    @Column(name = "case_link", nullable = false, length = 2000)
    public String caseLink;

    @Column(name = "ruleset_version", nullable = false, length = 100)
    public String rulesetVersion;

    @Column(name = "triaged_at", nullable = false)
    public Instant triagedAt;

    /** The roster routes the referral was sent to, comma separated. */
    @Column(nullable = false, length = 500)
    public String routes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ReferralStatus status;

    /** 0 while only the first recipients have been told; n after the n-th escalation. */
    @Column(name = "escalation_level", nullable = false)
    public int escalationLevel;

    /** When the referral escalates unless acknowledged first; null once acknowledged. */
    @Column(name = "next_escalation_at")
    public Instant nextEscalationAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = 320)
    public String acknowledgedBy;

    @Column(name = "source_event_id", nullable = false, length = 64)
    public String sourceEventId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The clinician who submitted the case; null when referral.requested did not carry it. */
    @Column(name = "submitted_by", length = 200)
    public String submittedBy;

    /** The submitter's care teams (group paths), comma separated; null when not carried. */
    @Column(name = "care_teams", columnDefinition = "text")
    public String careTeams;

    @Version
    public long version;

    public List<String> routeNames() {
        return Arrays.stream(routes.split(",")).filter(s -> !s.isBlank()).toList();
    }

    /** Whose patient data this referral is: the case's owner and teams, and the routes it was sent to. */
    public Custody custody() {
        Set<String> teams = careTeams == null ? Set.of()
                : Arrays.stream(careTeams.split(",")).filter(t -> !t.isBlank()).collect(Collectors.toSet());
        return new Custody(submittedBy, teams, Set.copyOf(routeNames()));
    }

    public static Optional<Referral> findByCaseAndLevel(UUID caseId, ReferralLevel level) {
        return find("caseId = ?1 and level = ?2", caseId, level).firstResultOptional();
    }
}
