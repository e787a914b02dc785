package org.spinepath.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One message of a referral on one channel at one escalation level: an email to one recipient, or
 * the call to the FHIR server or the webhook. It is written in the transaction
 * that creates or escalates the referral and sent afterwards, so nothing is sent for a referral
 * that did not commit and nothing committed is left unsent.
 */
@Entity
@Table(name = "referral_delivery")
public class Delivery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Channel channel;

    @Column(name = "escalation_level", nullable = false)
    public int escalationLevel;

    /**
     * The email address, or the URL of the FHIR server or webhook. (Emails queued before one email
     * per recipient held several addresses, comma separated; V3 split the unsent ones.)
     */
    @Column(nullable = false, columnDefinition = "text")
    public String recipient;

    /** The roster name of an email's recipient, for the on-call view. */
    @Column(name = "recipient_name", columnDefinition = "text")
    public String recipientName;

    /** Travels with every copy of this message, so receivers can drop the copies a retry sends. */
    @Column(name = "idempotency_key", nullable = false, unique = true, length = 300)
    public String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error", columnDefinition = "text")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static List<Delivery> ofReferral(UUID referralId) {
        return list("referralId = ?1 order by escalationLevel, channel, createdAt", referralId);
    }
}
