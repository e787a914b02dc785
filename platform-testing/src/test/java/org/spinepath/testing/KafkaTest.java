package org.spinepath.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.kafka.KafkaContainer;

class KafkaTest {

    @Test
    void sharedBrokerCreatesTopicsOnFirstUseAndDeliversInOrder() throws Exception {
        String bootstrap = new KafkaTestResource().start().get("kafka.bootstrap.servers");
        String topic = "case.submitted." + UUID.randomUUID();

        Properties producerConfig = new Properties();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            for (int i = 1; i <= 3; i++) {
                producer.send(new ProducerRecord<>(topic, "case-42", "event " + i)).get();
            }
        }

        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "platform-testing");
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(30);
            while (received.size() < 3 && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    received.add(r.key() + ":" + r.value());
                }
            }
        }
        assertEquals(List.of("case-42:event 1", "case-42:event 2", "case-42:event 3"), received);
    }

    /** What the integration tests rely on: a service container reaches Kafka as kafka:19092. */
    @Test
    void containerOnTheNetworkReachesTheBrokerThroughItsAlias() throws Exception {
        try (Network network = Network.newNetwork();
                KafkaContainer kafka = SpinePathContainers.newKafka(network, "kafka")) {
            SpinePathContainers.start(kafka);
            String topic = "referral.requested";
            // A second container on the network, with the image's own console tools.
            try (GenericContainer<?> client = new GenericContainer<>(SpinePathImages.kafka())
                    .withImagePullPolicy(SpinePathImages.NEVER_PULL)
                    .withNetwork(network)
                    .withCommand("bash", "-c", "echo from-the-network | kafka-console-producer"
                            + " --bootstrap-server kafka:" + SpinePathContainers.KAFKA_NETWORK_PORT + " --topic " + topic)
                    .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofMinutes(1)))) {
                client.start();
            }

            Map<String, Object> config = Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "platform-testing",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                    new StringDeserializer())) {
                consumer.subscribe(List.of(topic));
                List<String> values = new ArrayList<>();
                Instant deadline = Instant.now().plusSeconds(30);
                while (values.isEmpty() && Instant.now().isBefore(deadline)) {
                    consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
                }
                assertEquals(List.of("from-the-network"), values);
            }
        }
    }
}
