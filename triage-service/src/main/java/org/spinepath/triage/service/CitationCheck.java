package org.spinepath.triage.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.spinepath.triage.client.CitationAnswer;
import org.spinepath.triage.client.ContentClient;
import org.spinepath.triage.config.TriageConfig;
import org.spinepath.triage.engine.TriageEngine;
import org.spinepath.triage.engine.catalogue.Citation;
import org.spinepath.triage.engine.catalogue.CitationCatalogue;

import io.quarkus.scheduler.Scheduled;

/**
 * Resolves every citation the engine can emit against the content service: once right after
 * startup, then every {@code check-every}, and every {@code retry-every} while the content service
 * cannot be reached. The check runs on the scheduler's own thread, so startup never waits for it,
 * and a failure is recorded and logged, never thrown: triage does not depend on the content
 * service being up.
 */
@ApplicationScoped
public class CitationCheck {

    private static final Logger LOG = Logger.getLogger(CitationCheck.class);

    private final ContentClient content;
    private final CitationStatuses statuses;
    private final CitationCatalogue catalogue;
    private final TriageConfig config;
    private final ReentrantLock running = new ReentrantLock();
    private volatile CheckOutcome last;
    private volatile Instant lastAnswered;

    public CitationCheck(ContentClient content, CitationStatuses statuses, TriageEngine engine, TriageConfig config) {
        this.content = content;
        this.statuses = statuses;
        this.catalogue = engine.catalogue();
        this.config = config;
    }

    @Scheduled(identity = "citation-check", every = "${spinepath.triage.citations.retry-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        Instant answered = lastAnswered;
        if (answered == null || !answered.plus(config.citations().checkEvery()).isAfter(Instant.now())) {
            check();
        }
    }

    /** Checks every citation now (after a check already under way, if any) and records the outcome. */
    public CheckOutcome check() {
        running.lock();
        try {
            List<Citation> citations = List.copyOf(catalogue.all());
            Instant sentAt = Instant.now();
            List<CitationAnswer> answers;
            try {
                answers = content.resolve(citations);
            } catch (RuntimeException e) {
                CheckOutcome failed = CheckOutcome.failed(sentAt, citations.size(), describe(e));
                LOG.warnf("citation check got no answer from the content service (%s); triage goes on, next try in %s",
                        failed.error(), config.citations().retryEvery());
                last = failed;
                return failed;
            }
            statuses.recordCheck(answers, sentAt);
            CheckOutcome answered = report(sentAt, answers);
            lastAnswered = sentAt;
            last = answered;
            return answered;
        } finally {
            running.unlock();
        }
    }

    /** The last check's outcome; empty before the first check has finished. */
    public Optional<CheckOutcome> last() {
        return Optional.ofNullable(last);
    }

    private static CheckOutcome report(Instant sentAt, List<CitationAnswer> answers) {
        List<String> unresolved = answers.stream().filter(a -> !a.resolved())
                .map(a -> a.articleSlug() + "@" + a.version() + "#" + a.section() + " " + a.status()).toList();
        long superseded = answers.stream()
                .filter(a -> a.currentVersion() != null && a.version() < a.currentVersion()).count();
        if (!unresolved.isEmpty()) {
            LOG.warnf("%d citations the triage engine can emit do not resolve to an approved section: %s",
                    unresolved.size(), unresolved);
        }
        LOG.infof("citation check: %d citations, %d unresolved, %d citing a superseded version%s", answers.size(),
                unresolved.size(), superseded, unresolved.isEmpty() && superseded == 0 ? ""
                        : "; the rules concerned are listed by GET /api/triage/guideline-drift");
        return CheckOutcome.answered(sentAt, answers.size(), unresolved.size(), (int) superseded);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
