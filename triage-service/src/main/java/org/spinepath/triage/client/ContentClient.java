package org.spinepath.triage.client;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.spinepath.triage.engine.catalogue.Citation;

/**
 * The content service as the triage service needs it. A call gives up after a few seconds and is
 * retried twice on server and network failures (a 4xx answer, or an answer that breaks the
 * contract, will not change on retry); after repeated failures the circuit opens, so a content
 * service that is down costs the checker nothing and never holds up triage.
 */
@ApplicationScoped
public class ContentClient {

    /** Most citations the resolve endpoint takes in one call. */
    static final int MAX_BATCH = 1000;

    private final ContentApi api;

    public ContentClient(@RestClient ContentApi api) {
        this.api = api;
    }

    /**
     * Resolves the citations, one answer per citation in the same order.
     *
     * @throws IllegalStateException when the content service answers for other citations than asked
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 1, delayUnit = ChronoUnit.SECONDS,
            abortOn = { ClientErrorException.class, CircuitBreakerOpenException.class, IllegalStateException.class })
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 60, delayUnit = ChronoUnit.SECONDS)
    public List<CitationAnswer> resolve(List<Citation> citations) {
        List<CitationAnswer> answers = new ArrayList<>(citations.size());
        for (int from = 0; from < citations.size(); from += MAX_BATCH) {
            List<CitationQuery> batch = citations.subList(from, Math.min(citations.size(), from + MAX_BATCH)).stream()
                    .map(CitationQuery::of).toList();
            List<CitationAnswer> batchAnswers = api.resolve(batch);
            if (batchAnswers == null || batchAnswers.size() != batch.size()) {
                throw new IllegalStateException("the content service answered " + (batchAnswers == null ? 0
                        : batchAnswers.size()) + " resolutions for " + batch.size() + " citations");
            }
            for (int i = 0; i < batch.size(); i++) {
                CitationAnswer answer = batchAnswers.get(i);
                if (!batch.get(i).asks(answer) || answer.status() == null) {
                    throw new IllegalStateException("the content service's answer " + answer + " does not answer "
                            + batch.get(i));
                }
            }
            answers.addAll(batchAnswers);
        }
        return answers;
    }
}
