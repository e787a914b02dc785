package org.spinepath.common.events;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and writes CloudEvent envelopes. A record that is not a valid envelope, or whose data
 * does not fit the expected type, is a {@link PoisonMessageException}: retrying will not help, so
 * the consumer's failure strategy sends it to the dead-letter topic.
 */
@ApplicationScoped
public class CloudEventCodec {

    private final ObjectMapper mapper;
    /**
     * Events are read tolerantly: an envelope attribute (a CloudEvents extension such as tracing)
     * or a data field this service does not know is ignored, so a producer can add fields without
     * stopping its consumers. A breaking change gets a new event type instead. REST input stays
     * strict: that is the application's mapper, which this one is a copy of.
     */
    private final ObjectMapper reader;

    public CloudEventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
        this.reader = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + event.id(), e);
        }
    }

    public JsonNode toTree(Object data) {
        return mapper.valueToTree(data);
    }

    public CloudEvent read(String json) {
        if (json == null || json.isBlank()) {
            throw new PoisonMessageException("empty record value");
        }
        CloudEvent event;
        try {
            event = reader.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new PoisonMessageException("not a CloudEvent: " + e.getMessage(), e);
        }
        if (!CloudEvent.SPEC_VERSION.equals(event.specversion())) {
            throw new PoisonMessageException("unsupported specversion " + event.specversion());
        }
        if (event.data() == null || event.data().isNull()) {
            throw new PoisonMessageException("event " + event.id() + " has no data");
        }
        return event;
    }

    /** The event's data as {@code type}; a body that does not fit is poison. */
    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            T value = reader.treeToValue(event.data(), type);
            if (value == null) {
                throw new PoisonMessageException("event " + event.id() + " has no data");
            }
            return value;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonMessageException("event " + event.id() + " data is not a " + type.getSimpleName()
                    + ": " + e.getMessage(), e);
        }
    }
}
