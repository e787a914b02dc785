package org.spinepath.triage.messaging;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.spinepath.common.events.CloudEvent;
import org.spinepath.common.events.CloudEventCodec;
import org.spinepath.common.events.PoisonMessageException;
import org.spinepath.common.events.Topics;
import org.spinepath.common.inbox.InboundEvents;
import org.spinepath.triage.service.CitationStatuses;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.smallrye.common.annotation.Blocking;

/**
 * Keeps the citation status current between checks: a newly approved version makes the rules
 * citing an older one drift at once, a retraction makes the citations of that version stop
 * resolving. Each event is applied once, however often Kafka delivers it.
 */
@ApplicationScoped
public class ContentEventsConsumer {

    private static final Logger LOG = Logger.getLogger(ContentEventsConsumer.class);
    static final String PUBLISHED_CONSUMER = "triage.content-published";
    static final String RETRACTED_CONSUMER = "triage.content-retracted";

    /** The part of content.published this service reads (docs/events/content.published.schema.json). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContentPublished(String slug, Integer version, List<String> sections, Integer currentVersion) {
    }

    /** The part of content.retracted this service reads (docs/events/content.retracted.schema.json). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContentRetracted(String slug, Integer version, String reason, Integer currentVersion) {
    }

    private final InboundEvents inbound;
    private final CloudEventCodec codec;
    private final CitationStatuses statuses;

    public ContentEventsConsumer(InboundEvents inbound, CloudEventCodec codec, CitationStatuses statuses) {
        this.inbound = inbound;
        this.codec = codec;
        this.statuses = statuses;
    }

    @Incoming("content-published")
    @Blocking
    public void onPublished(ConsumerRecord<String, String> record) {
        inbound.consume(PUBLISHED_CONSUMER, record, this::applyPublished);
    }

    private void applyPublished(CloudEvent event) {
        ContentPublished published = codec.data(event, ContentPublished.class);
        requireArticleVersion(event, published.slug(), published.version());
        if (published.sections() == null || published.currentVersion() == null || published.currentVersion() < 1) {
            throw new PoisonMessageException("content.published " + event.id() + " lacks sections or currentVersion");
        }
        statuses.recordPublished(published.slug(), published.version(), published.sections(),
                published.currentVersion(), Topics.CONTENT_PUBLISHED, timeOf(event));
        LOG.infof("%s version %d approved; current version %d", published.slug(), published.version(),
                published.currentVersion());
    }

    @Incoming("content-retracted")
    @Blocking
    public void onRetracted(ConsumerRecord<String, String> record) {
        inbound.consume(RETRACTED_CONSUMER, record, this::applyRetracted);
    }

    private void applyRetracted(CloudEvent event) {
        ContentRetracted retracted = codec.data(event, ContentRetracted.class);
        requireArticleVersion(event, retracted.slug(), retracted.version());
        if (retracted.currentVersion() != null && retracted.currentVersion() < 1) {
            throw new PoisonMessageException("content.retracted " + event.id() + " has currentVersion "
                    + retracted.currentVersion());
        }
        statuses.recordRetracted(retracted.slug(), retracted.version(), retracted.reason(),
                retracted.currentVersion(), Topics.CONTENT_RETRACTED, timeOf(event));
        LOG.infof("%s version %d retracted; current version %s", retracted.slug(), retracted.version(),
                retracted.currentVersion() == null ? "none" : retracted.currentVersion());
    }

    private static void requireArticleVersion(CloudEvent event, String slug, Integer version) {
        if (slug == null || slug.isBlank() || version == null || version < 1) {
            throw new PoisonMessageException(event.type() + " " + event.id() + " lacks the article slug or version");
        }
    }

    /** The moment the event describes; an envelope without a time is taken as news of now. */
    private static Instant timeOf(CloudEvent event) {
        return event.time() == null ? Instant.now() : event.time();
    }
}
