package org.spinepath.content.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.spinepath.common.problem.ProblemException;
import org.spinepath.content.domain.ArticleSection;
import org.spinepath.content.domain.ArticleVersion;
import org.spinepath.content.domain.Audience;
import org.spinepath.content.domain.FeedbackOutcome;
import org.spinepath.content.domain.FeedbackReport;
import org.spinepath.content.domain.FeedbackStatus;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

/** Readers' reports of inaccurate passages, and the editors' queue that works them off. */
@ApplicationScoped
@Transactional
public class FeedbackService {

    /**
     * Files a report against a passage of a published section. The quoted text must occur in the
     * section (ignoring case, spacing and Markdown emphasis), so editors can find it.
     */
    public FeedbackView report(String slug, int number, String anchor, Audience audience, String quotedText,
            String comment, String reader) {
        ArticleVersion version = ArticleQueries.visible(slug, number, false);
        ArticleSection section = version.variant(audience)
                .flatMap(v -> v.section(anchor))
                .orElseThrow(() -> ProblemException.notFound("Section", anchor + " in " + version.label()));
        if (!plain(section.body).contains(plain(quotedText)) && !plain(section.heading).contains(plain(quotedText))) {
            throw new ProblemException(422, "quote-not-found", "Quoted text not found",
                    "quotedText does not occur in section " + anchor + " of " + version.label()
                            + " (" + audience.code() + "); quote the passage exactly as it reads");
        }
        FeedbackReport report = new FeedbackReport();
        report.section = section;
        report.quotedText = quotedText.strip();
        report.comment = comment.strip();
        report.reportedBy = reader;
        report.reportedAt = Instant.now();
        report.status = FeedbackStatus.OPEN;
        report.persist();
        return view(report);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<FeedbackView> list(FeedbackStatus status, String slug, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", status);
        }
        if (slug != null) {
            where.add("section.variant.articleVersion.article.slug = :slug");
            parameters.and("slug", slug);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by reportedAt, id";
        var found = FeedbackReport.<FeedbackReport>find(query, parameters);
        List<FeedbackView> items = found.page(Page.of(page, size)).list().stream().map(FeedbackService::view).toList();
        return PageView.of(items, page, size, found.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FeedbackView get(long id) {
        return FeedbackReport.<FeedbackReport>findByIdOptional(id).map(FeedbackService::view)
                .orElseThrow(() -> ProblemException.notFound("Feedback report", id));
    }

    public FeedbackView resolve(long id, FeedbackOutcome outcome, String note, String editor) {
        FeedbackReport report = FeedbackReport.<FeedbackReport>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Feedback report", id));
        if (report.status == FeedbackStatus.RESOLVED) {
            throw ProblemException.conflict("already-resolved", "feedback report " + id + " was already resolved by "
                    + report.resolvedBy + " as " + report.outcome);
        }
        report.status = FeedbackStatus.RESOLVED;
        report.outcome = outcome;
        report.resolutionNote = note;
        report.resolvedBy = editor;
        report.resolvedAt = Instant.now();
        return view(report);
    }

    /** Text as a reader sees it rendered: no Markdown emphasis or table bars, single spaces, lower case. */
    static String plain(String text) {
        return text.replaceAll("[*_`|]", " ").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static FeedbackView view(FeedbackReport r) {
        var variant = r.section.variant;
        var version = variant.articleVersion;
        return new FeedbackView(r.id, version.article.slug, version.version, variant.audience, r.section.anchor,
                r.quotedText, r.comment, r.reportedBy, r.reportedAt, r.status, r.outcome, r.resolutionNote,
                r.resolvedBy, r.resolvedAt);
    }
}
