package org.spinepath.content.service;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.spinepath.common.problem.ProblemException;
import org.spinepath.content.domain.Article;
import org.spinepath.content.domain.ArticleStatus;
import org.spinepath.content.domain.ArticleVersion;
import org.spinepath.content.domain.Audience;
import org.spinepath.content.domain.Workflow;
import org.spinepath.content.domain.WorkflowAction;
import org.spinepath.content.domain.WorkflowEvent;
import org.spinepath.content.messaging.ContentEvents;

/**
 * Writing and reviewing: every change to a version goes through the state machine of
 * {@link Workflow}, is recorded in the version's audit trail, and, when it changes what is
 * published, is announced through the outbox in the same transaction.
 */
@ApplicationScoped
@Transactional
public class EditorialService {

    private final ContentEvents events;

    public EditorialService(ContentEvents events) {
        this.events = events;
    }

    /** A new article, starting as draft version 1. */
    public VersionSummary createArticle(String slug, ArticleContent content, String actor) {
        if (Article.findBySlug(slug).isPresent()) {
            throw new ProblemException(409, "article-exists", "Article exists",
                    "article " + slug + " already exists; create a new version of it instead");
        }
        ContentRules.check(content, List.of());
        Article article = new Article();
        article.slug = slug;
        article.createdAt = Instant.now();
        article.persist();
        ArticleVersion draft = newVersion(article, 1, content, actor);
        record(draft, WorkflowAction.CREATE, null, actor, content.changeNote());
        return Views.version(draft, null);
    }

    /**
     * A new draft, copied from {@code basedOn} (by default the current approved version), so an
     * editor changes what is published without touching it.
     */
    public VersionSummary createDraft(String slug, Integer basedOn, String changeNote, String actor) {
        Article article = Article.<Article>find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Article", slug));
        Optional<ArticleVersion> open = ArticleVersion.open(article);
        if (open.isPresent()) {
            throw ProblemException.conflict("draft-exists", "article " + slug + " already has version "
                    + open.get().version + " in progress (" + open.get().status + "); finish or reject it before"
                    + " starting another");
        }
        ArticleVersion source = basedOn == null
                ? ArticleVersion.current(slug).orElseThrow(() -> ProblemException.conflict("nothing-published",
                        "article " + slug + " has no approved version to copy; name the version to start from"))
                : ArticleVersion.find(slug, basedOn).filter(v -> v.status.isPublished())
                        .orElseThrow(() -> ProblemException.notFound("Published version", basedOn + " of " + slug));
        int number = ArticleVersion.find("article = ?1 order by version desc", article).<ArticleVersion>firstResult()
                .version + 1;
        ArticleContent copy = Views.content(source);
        ArticleContent content = new ArticleContent(copy.author(), copy.sourceDate(), copy.source(),
                copy.evidenceStrength(), changeNote, copy.variants());
        ArticleVersion draft = newVersion(article, number, content, actor);
        record(draft, WorkflowAction.CREATE, null, actor, "copied from version " + source.version + ": " + changeNote);
        return Views.version(draft, currentNumber(slug).orElse(null));
    }

    public VersionSummary edit(String slug, int number, ArticleContent content, String actor) {
        ArticleVersion version = load(slug, number);
        ArticleStatus from = transition(version, WorkflowAction.EDIT);
        ContentRules.check(content, publishedAnchors(slug));
        VersionContent.apply(version, content);
        touch(version, actor);
        record(version, WorkflowAction.EDIT, from, actor, content.changeNote());
        return Views.version(version, currentNumber(slug).orElse(null));
    }

    public VersionSummary submit(String slug, int number, String actor) {
        ArticleVersion version = load(slug, number);
        ArticleStatus from = transition(version, WorkflowAction.SUBMIT);
        ContentRules.check(Views.content(version), publishedAnchors(slug));
        version.submittedBy = actor;
        version.submittedAt = Instant.now();
        record(version, WorkflowAction.SUBMIT, from, actor, version.changeNote);
        return Views.version(version, currentNumber(slug).orElse(null));
    }

    public VersionSummary startReview(String slug, int number, String actor) {
        ArticleVersion version = load(slug, number);
        ArticleStatus from = transition(version, WorkflowAction.START_REVIEW);
        Workflow.requireSecondPair(authors(version), actor, WorkflowAction.START_REVIEW, version.label());
        version.reviewer = actor;
        record(version, WorkflowAction.START_REVIEW, from, actor, null);
        return Views.version(version, currentNumber(slug).orElse(null));
    }

    public VersionSummary approve(String slug, int number, String actor) {
        ArticleVersion version = load(slug, number);
        ArticleStatus from = transition(version, WorkflowAction.APPROVE);
        Workflow.requireSecondPair(authors(version), actor, WorkflowAction.APPROVE, version.label());
        ContentRules.check(Views.content(version), publishedAnchors(slug));
        version.approvedBy = actor;
        version.approvedAt = Instant.now();
        record(version, WorkflowAction.APPROVE, from, actor, null);
        int current = currentNumber(slug).orElseThrow();
        events.published(version, current);
        return Views.version(version, current);
    }

    public VersionSummary reject(String slug, int number, String comment, String actor) {
        ArticleVersion version = load(slug, number);
        ArticleStatus from = transition(version, WorkflowAction.REJECT);
        Workflow.requireSecondPair(authors(version), actor, WorkflowAction.REJECT, version.label());
        version.reviewComment = comment;
        record(version, WorkflowAction.REJECT, from, actor, comment);
        return Views.version(version, currentNumber(slug).orElse(null));
    }

    public VersionSummary retract(String slug, int number, String reason, String actor) {
        ArticleVersion version = load(slug, number);
        ArticleStatus from = transition(version, WorkflowAction.RETRACT);
        version.retractedBy = actor;
        version.retractedAt = Instant.now();
        version.retractionReason = reason;
        record(version, WorkflowAction.RETRACT, from, actor, reason);
        Optional<Integer> current = currentNumber(slug);
        events.retracted(version, current);
        return Views.version(version, current.orElse(null));
    }

    private ArticleVersion newVersion(Article article, int number, ArticleContent content, String actor) {
        ArticleVersion version = new ArticleVersion();
        version.article = article;
        version.version = number;
        version.status = WorkflowAction.CREATE.to();
        version.createdBy = actor;
        version.createdAt = Instant.now();
        version.updatedBy = actor;
        version.updatedAt = version.createdAt;
        VersionContent.apply(version, content);
        version.persist();
        return version;
    }

    private static ArticleVersion load(String slug, int number) {
        return ArticleVersion.<ArticleVersion>find("article.slug = ?1 and version = ?2", slug, number)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Version", number + " of " + slug));
    }

    /** Moves the version to its next state, or refuses with the reason. @return the state it left */
    private static ArticleStatus transition(ArticleVersion version, WorkflowAction action) {
        ArticleStatus from = version.status;
        version.status = Workflow.next(from, action, version.label());
        return from;
    }

    private static void touch(ArticleVersion version, String actor) {
        version.updatedBy = actor;
        version.updatedAt = Instant.now();
    }

    private static void record(ArticleVersion version, WorkflowAction action, ArticleStatus from, String actor,
            String comment) {
        WorkflowEvent event = new WorkflowEvent();
        event.articleVersion = version;
        event.action = action;
        event.fromStatus = from;
        event.toStatus = version.status;
        event.actor = actor;
        event.comment = comment;
        event.occurredAt = Instant.now();
        event.persist();
    }

    private static Set<String> authors(ArticleVersion version) {
        Set<String> authors = new HashSet<>(WorkflowEvent.authorsOf(version));
        authors.add(version.createdBy);
        authors.add(version.updatedBy);
        if (version.submittedBy != null) {
            authors.add(version.submittedBy);
        }
        return authors;
    }

    static Optional<Integer> currentNumber(String slug) {
        return ArticleVersion.current(slug).map(v -> v.version);
    }

    /** The anchors a new version must keep: those of the article's current approved version. */
    static Set<String> publishedAnchors(String slug) {
        return ArticleVersion.current(slug)
                .flatMap(v -> v.variant(Audience.CLINICIAN))
                .map(v -> {
                    Set<String> anchors = new HashSet<>();
                    v.sections.forEach(s -> anchors.add(s.anchor));
                    return anchors;
                })
                .orElse(Set.of());
    }
}
