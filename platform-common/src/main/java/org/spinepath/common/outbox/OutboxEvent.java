package org.spinepath.common.outbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An event waiting to be published, written in the same transaction as the change it announces.
 * The relay publishes rows in id order and stamps {@code publishedAt}; a crash between sending and
 * stamping re-sends the event, which consumers drop by its {@code eventId}.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true, length = 64)
    public String eventId;

    @Column(nullable = false, length = 200)
    public String topic;

    @Column(name = "message_key", length = 200)
    public String messageKey;

    @Column(name = "event_type", nullable = false, length = 200)
    public String eventType;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error", columnDefinition = "text")
    public String lastError;

    /** W3C trace context of the transaction that wrote the row; null when it was not traced. */
    @Column(length = 55)
    public String traceparent;

    public static long pending() {
        return count("publishedAt is null");
    }
}
