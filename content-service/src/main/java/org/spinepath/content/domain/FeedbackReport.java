package org.spinepath.content.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reader's report that a passage of a published section is inaccurate, queued for the editors. */
@Entity
@Table(name = "feedback_report")
public class FeedbackReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    public ArticleSection section;

    /** The passage the reader disputes, exactly as it appears in the section. */
    @Column(name = "quoted_text", nullable = false, columnDefinition = "text")
    public String quotedText;

    @Column(nullable = false, columnDefinition = "text")
    public String comment;

    @Column(name = "reported_by", nullable = false, length = 100)
    public String reportedBy;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public FeedbackStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public FeedbackOutcome outcome;

    @Column(name = "resolution_note", columnDefinition = "text")
    public String resolutionNote;

    @Column(name = "resolved_by", length = 100)
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;
}
