package org.spinepath.content.domain;

import java.time.Instant;
import java.util.List;

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

/** The audit trail of a version: every action, who took it, when, and the comment given. */
@Entity
@Table(name = "workflow_event")
public class WorkflowEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false)
    public ArticleVersion articleVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public WorkflowAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    public ArticleStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    public ArticleStatus toStatus;

    @Column(nullable = false, length = 100)
    public String actor;

    @Column(columnDefinition = "text")
    public String comment;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    public static List<WorkflowEvent> of(ArticleVersion version) {
        return list("articleVersion = ?1 order by id", version);
    }

    /** Everyone who wrote or submitted the version: excluded from reviewing it. */
    public static List<String> authorsOf(ArticleVersion version) {
        return find("select distinct e.actor from WorkflowEvent e where e.articleVersion = ?1 and e.action in ?2",
                version, List.of(WorkflowAction.CREATE, WorkflowAction.EDIT, WorkflowAction.SUBMIT))
                .project(String.class).list();
    }
}
