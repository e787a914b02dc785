package org.spinepath.content.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One numbered version of an article with its clinician and patient variants. Its content may
 * change only while it is a {@link ArticleStatus#DRAFT}; from approval on it is frozen.
 */
@Entity
@Table(name = "article_version")
public class ArticleVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    public Article article;

    @Column(nullable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ArticleStatus status;

    /** The credited author, as readers see it (not necessarily a SpinePath account). */
    @Column(nullable = false, length = 300)
    public String author;

    /** The date of the source this version was written from, if any. */
    @Column(name = "source_date")
    public LocalDate sourceDate;

    @Column(length = 500)
    public String source;

    /** How strong the evidence behind the article is, in one statement. */
    @Column(name = "evidence_strength", nullable = false, columnDefinition = "text")
    public String evidenceStrength;

    @Column(name = "change_note", columnDefinition = "text")
    public String changeNote;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_by", length = 100)
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(length = 100)
    public String reviewer;

    /** The last reviewer's comment: the reason for a rejection, or a note on approval. */
    @Column(name = "review_comment", columnDefinition = "text")
    public String reviewComment;

    @Column(name = "approved_by", length = 100)
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "retracted_by", length = 100)
    public String retractedBy;

    @Column(name = "retracted_at")
    public Instant retractedAt;

    @Column(name = "retraction_reason", columnDefinition = "text")
    public String retractionReason;

    /** SHA-256 of the content (see {@code ContentHash}); tells the importer whether a bundled version changed. */
    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    /**
     * Incremented by every change to the row (edit or workflow step); part of the ETag. Workflow
     * steps also lock the row, so they apply one after another.
     */
    @Version
    @Column(nullable = false)
    public int revision;

    @OneToMany(mappedBy = "articleVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("audience")
    public List<ArticleVariant> variants = new ArrayList<>();

    public Optional<ArticleVariant> variant(Audience audience) {
        return variants.stream().filter(v -> v.audience == audience).findFirst();
    }

    public String label() {
        return "version " + version + " of " + article.slug;
    }

    public static Optional<ArticleVersion> find(String slug, int version) {
        return find("article.slug = ?1 and version = ?2", slug, version).firstResultOptional();
    }

    /** The newest approved version: what readers get when they ask for the article. */
    public static Optional<ArticleVersion> current(String slug) {
        return find("article.slug = ?1 and status = ?2 order by version desc", slug, ArticleStatus.APPROVED)
                .firstResultOptional();
    }

    public static Optional<ArticleVersion> open(Article article) {
        return find("article = ?1 and status in ?2", article,
                List.of(ArticleStatus.DRAFT, ArticleStatus.SUBMITTED, ArticleStatus.UNDER_REVIEW))
                .firstResultOptional();
    }
}
