package org.spinepath.common.tracing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The W3C trace context of a case as it travels: stored in the outbox row with the event (the
 * event leaves later, from another thread), carried in the Kafka record's {@code traceparent}
 * header, and continued by the consumer, so that one case is one trace from its POST onwards.
 */
public final class TraceContext {

    public static final String HEADER = "traceparent";

    private static final TextMapGetter<Headers> KAFKA_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            java.util.List<String> keys = new java.util.ArrayList<>();
            headers.forEach(h -> keys.add(h.key()));
            return keys;
        }

        @Override
        public String get(Headers headers, String key) {
            if (headers == null) {
                return null;
            }
            Header header = headers.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
        }
    };

    private static final TextMapGetter<String> TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return java.util.List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceContext() {
    }

    /** The {@code traceparent} of the current span, or null when nothing is being traced. */
    public static String current() {
        return traceparent(Context.current());
    }

    public static String traceparent(Context context) {
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** The context a record's producer sent along; the root context when it sent none. */
    public static Context of(Headers headers) {
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), headers, KAFKA_HEADERS);
    }

    /** The context a stored {@code traceparent} names; the root context when null or malformed. */
    public static Context of(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, TRACEPARENT);
    }
}
