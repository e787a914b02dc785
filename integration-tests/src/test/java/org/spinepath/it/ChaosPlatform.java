package org.spinepath.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.spinepath.testing.GreenMailContainer;
import org.spinepath.testing.KeycloakContainer;
import org.spinepath.testing.SpinePathContainers;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.output.Slf4jLogConsumer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;

/**
 * The platform of the chaos run: PostgreSQL, Kafka, Keycloak, the SMTP server and two replicas of
 * each of the four services on one Docker network. Both replicas of a service answer to the same
 * network alias, so a caller inside the network reaches either, as behind a Kubernetes Service.
 *
 * <p>Every published port is fixed when the container is created, so a container killed and
 * started again is found where it was (Kafka also advertises that port to clients on the host).
 * The faults are Docker's: SIGKILL, stop, and disconnecting a container from the network.
 */
final class ChaosPlatform implements AutoCloseable {

    static final List<String> SERVICES = List.of("intake", "triage", "content", "notification");
    /**
     * The topics the services consume, with how many services consume each: the run injects a
     * poison record into each, and every consumer dead-letters its own copy.
     */
    static final Map<String, Integer> CONSUMED_TOPICS = orderedMap(Platform.CASE_SUBMITTED, 1, Platform.TRIAGE_COMPLETED, 1,
            Platform.REFERRAL_REQUESTED, 1, "referral.events", 2, "content.published", 1, "content.retracted", 1,
            "audit.events", 1);
    /** The suffix of a topic's dead-letter topic. */
    static final String DLQ = ".dlq";
    private static final Duration STARTUP = Duration.ofMinutes(8);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One replica of a service: its container and its port on the host. */
    record Replica(String service, int index, GenericContainer<?> container) {

        int port() {
            return container.getMappedPort(8080);
        }

        String name() {
            return service + "-" + index;
        }

        String url() {
            return "http://localhost:" + port();
        }
    }

    private final Network network = Network.newNetwork();
    private final PostgreSQLContainer postgres;
    private final KafkaContainer kafka;
    private final KeycloakContainer keycloak;
    private final GreenMailContainer smtp;
    private final Map<String, Replica> replicas = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final String tag = System.getProperty("spinepath.image.tag", "latest");
    private GenericContainer<?> smtpDecoy;

    ChaosPlatform() {
        postgres = fixPorts(SpinePathContainers.newPostgres(network, "postgres")
                .withEnv("POSTGRES_MULTIPLE_DATABASES", "intake,triage,content,notification")
                .withCommand("postgres", "-c", "max_connections=300"));
        kafka = fixPorts(SpinePathContainers.newKafka(network, "kafka"));
        keycloak = fixPorts(SpinePathContainers.newKeycloak(network, "keycloak", "http://keycloak:8080"));
        smtp = fixPorts(SpinePathContainers.newSmtp(network, "smtp"));
        Stream.of(postgres, kafka, keycloak, smtp).forEach(c -> c.withStartupTimeout(STARTUP));
        SpinePathContainers.startAll(postgres, kafka, keycloak, smtp);
        createTopics();
        for (int index = 1; index <= 2; index++) {
            List<GenericContainer<?>> wave = new ArrayList<>();
            for (String service : SERVICES) {
                GenericContainer<?> container = service(service, index);
                replicas.put(service + "-" + index, new Replica(service, index, container));
                wave.add(container);
            }
            // The first replicas migrate the schemas; the second ones start against them.
            SpinePathContainers.startAll(wave.toArray(GenericContainer<?>[]::new));
        }
    }

    /**
     * Publishes every port the container exposes on a free host port chosen when it is created
     * and kept for the container's life (Docker would choose new ones at each start).
     */
    private static <T extends GenericContainer<?>> T fixPorts(T container) {
        container.withCreateContainerCmdModifier(cmd -> {
            Ports bindings = new Ports();
            for (ExposedPort port : cmd.getExposedPorts()) {
                bindings.bind(port, Ports.Binding.bindPort(freePort()));
            }
            cmd.getHostConfig().withPortBindings(bindings);
        });
        return container;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    private GenericContainer<?> service(String service, int index) {
        String module = service + "-service";
        DockerImageName image = SpinePathContainers.requireLocalImage("spinepath/" + module + ":" + tag);
        GenericContainer<?> container = new GenericContainer<>(image)
                .withNetwork(network)
                .withNetworkAliases(module, module + "-" + index)
                .withExposedPorts(8080)
                .withEnv("QUARKUS_HTTP_PORT", "8080")
                .withEnv("SPINEPATH_DB_URL", "jdbc:postgresql://postgres:5432/" + service)
                .withEnv("SPINEPATH_DB_USER", postgres.getUsername())
                .withEnv("SPINEPATH_DB_PASSWORD", postgres.getPassword())
                .withEnv("SPINEPATH_KAFKA", "kafka:19092")
                .withEnv("SPINEPATH_KEYCLOAK_URL", "http://keycloak:8080")
                .withEnv("SPINEPATH_PORTAL_URL", "http://portal:8080")
                .withEnv("QUARKUS_OIDC_CREDENTIALS_SECRET", module + "-dev-secret")
                // The load comes from one clinician, far beyond the per-user write limit.
                .withEnv("SPINEPATH_PLATFORM_LIMITS_WRITES_PER_MINUTE", "1000000")
                .withLogConsumer(new Slf4jLogConsumer(org.slf4j.LoggerFactory.getLogger(module + "-" + index))
                        .withSeparateOutputStreams())
                .waitingFor(Wait.forHttp("/q/health/ready").forPort(8080).forStatusCode(200)
                        .withStartupTimeout(STARTUP));
        switch (service) {
            case "triage" -> container.withEnv("SPINEPATH_CONTENT_URL", "http://content-service:8080");
            case "notification" -> container.withEnv("QUARKUS_MAILER_HOST", "smtp")
                    .withEnv("QUARKUS_MAILER_PORT", "3025")
                    .withEnv("SPINEPATH_ACK_LINK_SECRET", "chaos-run-only-0123456789abcdefghijklmnopqrstuv")
                    .withEnv("SPINEPATH_NOTIFICATION_PUBLIC_URL", "http://notification.spinepath.test");
            default -> { }
        }
        return fixPorts(container);
    }

    private void createTopics() {
        try (Admin admin = admin()) {
            List<NewTopic> topics = new ArrayList<>();
            Stream.of(Platform.CASE_SUBMITTED, Platform.TRIAGE_COMPLETED, Platform.REFERRAL_REQUESTED, "referral.events",
                    "content.published", "content.retracted", "audit.events", "security.alerts")
                    .forEach(topic -> topics.add(new NewTopic(topic, 3, (short) 1)));
            CONSUMED_TOPICS.keySet().forEach(topic -> topics.add(new NewTopic(topic + DLQ, 1, (short) 1)));
            admin.createTopics(topics).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("could not create the platform's topics", e);
        }
    }

    Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "20000");
        return Admin.create(props);
    }

    String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    List<Replica> replicas() {
        return List.copyOf(replicas.values());
    }

    List<Replica> replicasOf(String service) {
        return replicas.values().stream().filter(r -> r.service().equals(service)).toList();
    }

    Replica replica(String name) {
        return replicas.get(name);
    }

    GenericContainer<?> postgres() {
        return postgres;
    }

    GenericContainer<?> kafka() {
        return kafka;
    }

    GenericContainer<?> keycloak() {
        return keycloak;
    }

    // ---- faults ----------------------------------------------------------------------------------

    private DockerClient docker() {
        return postgres.getDockerClient();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye to the consumer group. */
    void kill(GenericContainer<?> container) {
        docker().killContainerCmd(container.getContainerId()).withSignal("SIGKILL").exec();
        awaitNotRunning(container);
    }

    /** A graceful stop (SIGTERM, then SIGKILL after ten seconds). */
    void stop(GenericContainer<?> container) {
        docker().stopContainerCmd(container.getContainerId()).withTimeout(10).exec();
        awaitNotRunning(container);
    }

    void start(GenericContainer<?> container) {
        docker().startContainerCmd(container.getContainerId()).exec();
    }

    boolean running(GenericContainer<?> container) {
        return Boolean.TRUE.equals(docker().inspectContainerCmd(container.getContainerId()).exec().getState().getRunning());
    }

    private void awaitNotRunning(GenericContainer<?> container) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (running(container) && Instant.now().isBefore(deadline)) {
            sleep(100);
        }
    }

    /** Cuts the container off the network: nothing reaches it and it reaches nothing. */
    void disconnect(GenericContainer<?> container) {
        docker().disconnectFromNetworkCmd().withNetworkId(network.getId()).withContainerId(container.getContainerId())
                .withForce(true).exec();
    }

    /** Joins the network again under the aliases the container had. */
    void reconnect(GenericContainer<?> container) {
        docker().connectToNetworkCmd().withNetworkId(network.getId()).withContainerId(container.getContainerId())
                .withContainerNetwork(new ContainerNetwork().withAliases(container.getNetworkAliases())).exec();
    }

    /**
     * The SMTP server replaced on the network by a host that refuses every connection (nothing
     * listens on its port): the mail server itself, and what it has received, stay intact.
     */
    void refuseSmtp() {
        disconnect(smtp);
        smtpDecoy = new GenericContainer<>(SpinePathContainers.requireLocalImage("spinepath/jre:25"))
                .withNetwork(network).withNetworkAliases("smtp")
                .withCommand("sleep", "3600");
        SpinePathContainers.start(smtpDecoy);
    }

    void acceptSmtp() {
        smtpDecoy.stop();
        smtpDecoy = null;
        reconnect(smtp);
    }

    /** Waits until {@code replica} answers ready; returns how long that took. */
    Duration awaitReady(Replica replica, Duration timeout) {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (readiness(replica) == 200) {
                return Duration.between(start, Instant.now());
            }
            sleep(250);
        }
        throw new AssertionError(replica.name() + " not ready within " + timeout);
    }

    /** The HTTP status of the replica's readiness check, or 0 when it does not answer. */
    int readiness(Replica replica) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(replica.url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    void awaitKeycloak(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String url = "http://localhost:" + keycloak.getMappedPort(KeycloakContainer.MANAGEMENT_PORT) + "/health/ready";
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(500);
        }
        throw new AssertionError("Keycloak not ready within " + timeout);
    }

    /** Waits until a plain connection to PostgreSQL succeeds. */
    void awaitPostgres(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try (Connection c = database("intake")) {
                return;
            } catch (SQLException notYet) {
                sleep(500);
            }
        }
        throw new AssertionError("PostgreSQL not reachable within " + timeout);
    }

    /** Waits until the broker answers an admin request. */
    void awaitKafka(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try (Admin admin = admin()) {
                admin.describeCluster().nodes().get(5, java.util.concurrent.TimeUnit.SECONDS);
                return;
            } catch (Exception notYet) {
                sleep(500);
            }
        }
        throw new AssertionError("Kafka not reachable within " + timeout);
    }

    // ---- access for the load and the counting ----------------------------------------------------

    Connection database(String name) throws SQLException {
        Properties props = new Properties();
        props.put("user", postgres.getUsername());
        props.put("password", postgres.getPassword());
        props.put("connectTimeout", "3");
        props.put("socketTimeout", "30");
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgres.getMappedPort(5432) + "/" + name, props);
    }

    void produce(String topic, String key, String value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("could not produce to " + topic, e);
        }
    }

    /**
     * A password-grant token of a realm user, reused until a minute before it expires; while
     * Keycloak is away the token in hand is used for as long as it is valid.
     */
    String token(String username) {
        String cached = tokens.get(username);
        if (cached != null && !expiresWithin(cached, Duration.ofMinutes(1))) {
            return cached;
        }
        try {
            String token = fetchToken(username);
            tokens.put(username, token);
            return token;
        } catch (RuntimeException keycloakAway) {
            if (cached != null && !expiresWithin(cached, Duration.ofSeconds(5))) {
                return cached;
            }
            throw keycloakAway;
        }
    }

    private String fetchToken(String username) {
        String form = "grant_type=password&client_id=spinepath-cli&username=" + enc(username) + "&password="
                + enc("spinepath-dev");
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + keycloak.getMappedPort(KeycloakContainer.HTTP_PORT)
                    + "/realms/spinepath/protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token: " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("no token: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean expiresWithin(String jwt, Duration margin) {
        try {
            JsonNode payload = JSON.readTree(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
            return Instant.ofEpochSecond(payload.path("exp").asLong()).isBefore(Instant.now().plus(margin));
        } catch (IOException e) {
            return true;
        }
    }

    /** Every message the SMTP server holds: its Message-ID, recipient and how often it arrived. */
    List<Platform.Mail> mails() {
        List<Platform.Mail> all = new ArrayList<>();
        String api = "http://localhost:" + smtp.getMappedPort(GreenMailContainer.API_PORT) + "/api/user";
        for (JsonNode user : get(api)) {
            String email = user.path("email").asText();
            for (JsonNode message : get(api + "/" + enc(email) + "/messages/")) {
                all.add(new Platform.Mail(message.path("Message-ID").asText(), email, message.path("subject").asText(),
                        ""));
            }
        }
        return all;
    }

    private JsonNode get(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("GET " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        if (smtpDecoy != null) {
            smtpDecoy.stop();
        }
        replicas.values().forEach(r -> r.container().stop());
        Stream.of(smtp, keycloak, kafka, postgres).forEach(GenericContainer::stop);
        network.close();
    }

    private static Map<String, Integer> orderedMap(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
