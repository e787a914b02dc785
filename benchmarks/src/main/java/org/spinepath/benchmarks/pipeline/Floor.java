package org.spinepath.benchmarks.pipeline;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The physical floor on the same containers: a Kafka produce → consume round trip of a 1 KB record
 * with {@code acks=all} and an idempotent producer (the relay's settings), and a PostgreSQL
 * single-row insert of 1 KB committed on its own (synchronous commit, as the services run). The
 * pipeline is then compared with these combined for its own number of hops and commits.
 */
final class Floor {

    static final String TOPIC = "spinepath.bench.floor";

    final long[] kafkaMicros;
    final long[] commitMicros;

    private Floor(long[] kafkaMicros, long[] commitMicros) {
        this.kafkaMicros = kafkaMicros;
        this.commitMicros = commitMicros;
    }

    static Floor measure(Settings settings, int kafkaRecords, int rate, int commits) throws Exception {
        return new Floor(kafka(settings.kafka(), kafkaRecords, rate), postgres(settings, commits));
    }

    /**
     * The distribution of {@code hops} Kafka round trips plus {@code commits} commits, each drawn
     * independently from the measured ones: what the pipeline's path would take if every step cost
     * exactly what the bare infrastructure costs.
     */
    Histogram combined(int hops, int commits) {
        Histogram h = new Histogram(3_600_000_000L, 3);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            long total = 0;
            for (int k = 0; k < hops; k++) {
                total += kafkaMicros[random.nextInt(kafkaMicros.length)];
            }
            for (int c = 0; c < commits; c++) {
                total += commitMicros[random.nextInt(commitMicros.length)];
            }
            h.recordValue(Math.max(1, total));
        }
        return h;
    }

    static Histogram histogram(long[] values) {
        Histogram h = new Histogram(3_600_000_000L, 3);
        for (long v : values) {
            h.recordValue(Math.max(1, v));
        }
        return h;
    }

    private static long[] kafka(String bootstrap, int records, int rate) throws Exception {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin client = Admin.create(admin)) {
            client.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        AtomicLongArray received = new AtomicLongArray(records);
        CountDownLatch done = new CountDownLatch(records);
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p);
                KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c)) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            long runId = System.nanoTime();
            Thread reader = Thread.ofPlatform().name("floor-reader").start(() -> {
                while (done.getCount() > 0 && !Thread.currentThread().isInterrupted()) {
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                        ByteBuffer value = ByteBuffer.wrap(r.value());
                        if (value.getLong() != runId) {
                            continue;
                        }
                        int index = value.getInt();
                        long due = value.getLong();
                        received.set(index, (System.nanoTime() - due) / 1_000);
                        done.countDown();
                    }
                }
            });
            byte[] warm = new byte[1024];
            producer.send(new ProducerRecord<>(TOPIC, warm)).get();
            long period = 1_000_000_000L / rate;
            long start = System.nanoTime() + 5_000_000;
            for (int i = 0; i < records; i++) {
                long due = start + i * period;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                byte[] value = new byte[1024];
                ByteBuffer.wrap(value).putLong(runId).putInt(i).putLong(due);
                producer.send(new ProducerRecord<>(TOPIC, ("k" + (i % 64)).getBytes(), value));
            }
            producer.flush();
            if (!done.await(60, TimeUnit.SECONDS)) {
                reader.interrupt();
                throw new IllegalStateException("the Kafka floor's records did not all come back within 60 s");
            }
            reader.join();
        }
        long[] out = new long[records];
        for (int i = 0; i < records; i++) {
            out[i] = received.get(i);
        }
        return out;
    }

    private static long[] postgres(Settings settings, int commits) throws Exception {
        long[] out = new long[commits];
        String payload = "x".repeat(1024);
        try (Connection db = DriverManager.getConnection(settings.jdbcBase() + "postgres", settings.dbUser(),
                settings.dbPassword())) {
            try (Statement s = db.createStatement()) {
                s.execute("create table if not exists bench_floor (id bigint generated by default as identity "
                        + "primary key, payload text not null, created_at timestamptz not null default now())");
                s.execute("truncate bench_floor");
            }
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("insert into bench_floor (payload) values (?)")) {
                for (int i = -50; i < commits; i++) {
                    long t0 = System.nanoTime();
                    insert.setString(1, payload);
                    insert.executeUpdate();
                    db.commit();
                    if (i >= 0) {
                        out[i] = (System.nanoTime() - t0) / 1_000;
                    }
                }
            }
        }
        return out;
    }
}
