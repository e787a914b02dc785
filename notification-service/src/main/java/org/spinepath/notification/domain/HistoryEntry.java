package org.spinepath.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One state change of a referral, kept for audit; the same change is published on referral.events. */
@Entity
@Table(name = "referral_history")
public class HistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public ReferralChange change;

    @Column(columnDefinition = "text")
    public String detail;

    @Column(length = 320)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    public static List<HistoryEntry> ofReferral(UUID referralId) {
        return list("referralId = ?1 order by id", referralId);
    }
}
