package org.spinepath.common.inbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.spinepath.common.config.PlatformConfig;
import org.spinepath.common.events.Topics;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends a record that can never be processed to its topic's dead-letter topic
 * ({@code <topic>.dlq}), unchanged, with its key and headers and the reason. Every record sent
 * counts in {@code spinepath.events.dead_lettered} (an alert fires on any increase, see
 * docs/architecture.md).
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final MutinyEmitter<String> emitter;
    private final PlatformConfig config;
    private final MeterRegistry registry;

    public DeadLetters(@Channel("dead-letters") MutinyEmitter<String> emitter, PlatformConfig config,
            MeterRegistry registry) {
        this.emitter = emitter;
        this.config = config;
        this.registry = registry;
    }

    public void send(String consumer, ConsumerRecord<String, String> record, Exception reason) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        headers.add("dead-letter-reason", String.valueOf(reason.getMessage()).getBytes(UTF_8));
        headers.add("dead-letter-consumer", consumer.getBytes(UTF_8));
        headers.add("dead-letter-topic", record.topic().getBytes(UTF_8));
        headers.add("dead-letter-partition", Integer.toString(record.partition()).getBytes(UTF_8));
        headers.add("dead-letter-offset", Long.toString(record.offset()).getBytes(UTF_8));
        String topic = record.topic() + Topics.DEAD_LETTER_SUFFIX;
        Message<String> message = Message.of(record.value() == null ? "" : record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(topic).withKey(record.key()).withHeaders(headers).build());
        emitter.sendMessage(message).await().atMost(config.outbox().sendTimeout());
        registry.counter("spinepath.events.dead_lettered", "consumer", consumer, "topic", record.topic()).increment();
        LOG.errorf("%s: record %s-%d@%d (key %s) dead-lettered to %s: %s", consumer, record.topic(),
                record.partition(), record.offset(), record.key(), topic, reason.getMessage());
    }
}
