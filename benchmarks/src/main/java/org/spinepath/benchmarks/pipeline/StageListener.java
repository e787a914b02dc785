package org.spinepath.benchmarks.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the pipeline's own events with a consumer group of its own, from the end of each topic:
 * {@code case.submitted} and {@code referral.requested} by their record timestamp (the relay's
 * send time), {@code triage.completed} by the {@code evaluatedAt} the triage engine stamped.
 */
final class StageListener implements AutoCloseable {

    /** Stage times of one case, in epoch microseconds; 0 until seen. */
    static final class Seen {
        volatile long submitted;
        volatile long evaluated;
        volatile long completedRecord;
        volatile long referralRequested;
        volatile boolean referralRequired;
    }

    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();
    private final KafkaConsumer<String, String> consumer;
    private final CountDownLatch assigned = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean running = true;

    StageListener(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "spinepath-bench-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        consumer = new KafkaConsumer<>(props);
        thread = Thread.ofPlatform().name("stage-listener").daemon().start(this::run);
    }

    void awaitAssignment() throws InterruptedException {
        if (!assigned.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the benchmark's consumer got no partitions within 60 s");
        }
    }

    Seen of(String caseId) {
        return seen.get(caseId);
    }

    private void run() {
        consumer.subscribe(List.of("case.submitted", "triage.completed", "referral.requested"),
                new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        consumer.seekToEnd(partitions);
                        partitions.forEach(consumer::position);
                        assigned.countDown();
                    }
                });
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    accept(record);
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    private void accept(ConsumerRecord<String, String> record) {
        if (record.key() == null) {
            return;
        }
        Seen s = seen.computeIfAbsent(record.key(), k -> new Seen());
        long recordTime = record.timestamp() * 1_000;
        switch (record.topic()) {
            case "case.submitted" -> s.submitted = recordTime;
            case "referral.requested" -> s.referralRequested = recordTime;
            case "triage.completed" -> {
                try {
                    JsonNode data = json.readTree(record.value()).path("data");
                    s.referralRequired = data.path("result").path("referral").path("required").asBoolean(false);
                    String at = data.path("evaluatedAt").asText(null);
                    s.completedRecord = recordTime;
                    s.evaluated = at == null ? recordTime : Clock.micros(Instant.parse(at));
                } catch (Exception e) {
                    s.completedRecord = recordTime;
                    s.evaluated = recordTime;
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5_000);
    }
}
