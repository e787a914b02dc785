package org.spinepath.content.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One stored AuditEvent and its link in the hash chain. Rows are inserted, never changed. */
@Entity
@Table(name = "audit_record")
public class AuditRecord extends PanacheEntityBase {

    @Id
    public long seq;

    @Column(name = "event_id", nullable = false, length = 64)
    public String eventId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(nullable = false, length = 100)
    public String observer;

    @Column(name = "agent_user", length = 320)
    public String agentUser;

    @Column(nullable = false, length = 1)
    public String action;

    @Column(nullable = false, length = 2)
    public String outcome;

    @Column(name = "resource_type", length = 100)
    public String resourceType;

    @Column(name = "resource_id", length = 200)
    public String resourceId;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(length = 20)
    public String purpose;

    /** The AuditEvent exactly as hashed. */
    @Column(nullable = false, columnDefinition = "text")
    public String event;

    @Column(name = "prev_hash", nullable = false, length = 64)
    public String prevHash;

    @Column(nullable = false, length = 64)
    public String hash;
}
