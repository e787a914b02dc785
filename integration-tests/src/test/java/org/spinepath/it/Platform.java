package org.spinepath.it;

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
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.output.Slf4jLogConsumer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.spinepath.testing.GreenMailContainer;
import org.spinepath.testing.KeycloakContainer;
import org.spinepath.testing.SpinePathContainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The whole platform on one Docker network, started once per test JVM: PostgreSQL (a database
 * per service), Kafka, Keycloak, an SMTP server and the four service images built by this
 * reactor. Keycloak's issuer is fixed to its network alias, so a token fetched from the host is
 * valid for the services inside the network.
 */
final class Platform {

    static final String CASE_SUBMITTED = "case.submitted";
    static final String TRIAGE_COMPLETED = "triage.completed";
    static final String REFERRAL_REQUESTED = "referral.requested";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TAG = System.getProperty("spinepath.image.tag", "latest");
    private static Platform instance;
    /** The portal's address in the browser and inside the network alike. */
    static final String PORTAL_URL = "http://portal:8080";
    private static final Duration STARTUP = Duration.ofMinutes(6);

    record Mail(String messageId, String recipient, String subject, String body) {
    }

    private final Network network = Network.newNetwork();
    private final PostgreSQLContainer postgres;
    private final KafkaContainer kafka;
    private final KeycloakContainer keycloak;
    private final GreenMailContainer smtp;
    private final Map<String, GenericContainer<?>> services = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final TopicReader topics;

    /** Host ports of service containers restarted by a test (see {@link #startNotification()}). */
    private final Map<String, Integer> portsAfterRestart = new java.util.concurrent.ConcurrentHashMap<>();

    static synchronized Platform get() {
        if (instance == null) {
            instance = new Platform();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "platform-stop"));
        }
        return instance;
    }

    private Platform() {
        postgres = SpinePathContainers.newPostgres(network, "postgres")
                .withEnv("POSTGRES_MULTIPLE_DATABASES", "intake,triage,content,notification");
        kafka = SpinePathContainers.newKafka(network, "kafka");
        keycloak = SpinePathContainers.newKeycloak(network, "keycloak", "http://keycloak:8080");
        smtp = SpinePathContainers.newSmtp(network, "smtp");
        // The whole platform starts at once on a small machine: give every container time.
        Stream.of(postgres, kafka, keycloak, smtp).forEach(c -> c.withStartupTimeout(STARTUP));
        SpinePathContainers.startAll(postgres, kafka, keycloak, smtp);
        createTopics();

        // The attack suite's fuzz sends thousands of writes as one user; the write limit is proven
        // on the notification service, which keeps the default.
        services.put("intake", service("intake-service", "intake")
                .withEnv("SPINEPATH_PLATFORM_LIMITS_WRITES_PER_MINUTE", "1000000"));
        services.put("triage", service("triage-service", "triage")
                .withEnv("SPINEPATH_CONTENT_URL", "http://content-service:8080")
                .withEnv("SPINEPATH_PLATFORM_LIMITS_WRITES_PER_MINUTE", "1000000"));
        services.put("content", service("content-service", "content"));
        services.put("notification", service("notification-service", "notification")
                .withEnv("QUARKUS_MAILER_HOST", "smtp")
                .withEnv("QUARKUS_MAILER_PORT", "3025")
                .withEnv("SPINEPATH_ACK_LINK_SECRET", "integration-tests-only-0123456789abcdefghijklmnop")
                .withEnv("SPINEPATH_NOTIFICATION_PUBLIC_URL", "http://notification.spinepath.test"));
        SpinePathContainers.startAll(services.values().toArray(GenericContainer<?>[]::new));
        // The portal last: it discovers Keycloak at start and subscribes to the services' topics.
        services.put("portal", portal());
        SpinePathContainers.startAll(services.get("portal"));
        topics = new TopicReader(kafka.getBootstrapServers());
    }

    /** As deploy/local/stack.sh does: topics exist before the services subscribe to them. */
    private void createTopics() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers());
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(Stream.of(CASE_SUBMITTED, TRIAGE_COMPLETED, REFERRAL_REQUESTED, "referral.events",
                    "content.published", "content.retracted", "audit.events", "security.alerts")
                    .map(topic -> new NewTopic(topic, 3, (short) 1)).toList()).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("could not create the platform's topics", e);
        }
    }

    /**
     * The portal as the browser sees it: the browser resolves {@code portal:8080} and
     * {@code keycloak:8080} to their mapped ports on 127.0.0.1 (see {@link #browserHostRules()}),
     * so Keycloak's fixed issuer and the portal's redirect URI are the same inside the network and
     * in the browser.
     */
    private GenericContainer<?> portal() {
        DockerImageName image = SpinePathContainers.requireLocalImage("spinepath/portal:" + TAG);
        return new GenericContainer<>(image)
                .withNetwork(network)
                .withNetworkAliases("portal")
                .withExposedPorts(8080)
                .withEnv("QUARKUS_HTTP_PORT", "8080")
                .withEnv("SPINEPATH_KAFKA", "kafka:19092")
                .withEnv("SPINEPATH_KEYCLOAK_URL", "http://keycloak:8080")
                .withEnv("SPINEPATH_INTAKE_URL", "http://intake-service:8080")
                .withEnv("SPINEPATH_TRIAGE_URL", "http://triage-service:8080")
                .withEnv("SPINEPATH_CONTENT_URL", "http://content-service:8080")
                .withEnv("SPINEPATH_NOTIFICATION_URL", "http://notification-service:8080")
                .withEnv("SPINEPATH_PORTAL_CLIENT_SECRET", "spinepath-portal-dev-secret")
                .withEnv("SPINEPATH_PORTAL_SESSION_SECRET", "integration-tests-only-portal-session-0123456789")
                .withEnv("SPINEPATH_PORTAL_CSRF_KEY", "integration-tests-only-portal-csrf-0123456789")
                .withLogConsumer(new Slf4jLogConsumer(org.slf4j.LoggerFactory.getLogger("portal")).withSeparateOutputStreams())
                .waitingFor(Wait.forHttp("/q/health/ready").forPort(8080).forStatusCode(200)
                        .withStartupTimeout(STARTUP));
    }

    /** Chromium's --host-resolver-rules: the network aliases the browser must reach, on loopback. */
    String browserHostRules() {
        return "MAP portal:8080 127.0.0.1:" + services.get("portal").getMappedPort(8080)
                + ", MAP keycloak:8080 127.0.0.1:" + keycloak.getMappedPort(8080);
    }

    private GenericContainer<?> service(String name, String database) {
        DockerImageName image = SpinePathContainers.requireLocalImage("spinepath/" + name + ":" + TAG);
        GenericContainer<?> container = new GenericContainer<>(image)
                .withNetwork(network)
                .withNetworkAliases(name)
                .withExposedPorts(8080)
                .withEnv("QUARKUS_HTTP_PORT", "8080")
                .withEnv("SPINEPATH_DB_URL", "jdbc:postgresql://postgres:5432/" + database)
                .withEnv("SPINEPATH_DB_USER", postgres.getUsername())
                .withEnv("SPINEPATH_DB_PASSWORD", postgres.getPassword())
                .withEnv("SPINEPATH_KAFKA", "kafka:19092")
                .withEnv("SPINEPATH_KEYCLOAK_URL", "http://keycloak:8080")
                .withEnv("SPINEPATH_PORTAL_URL", PORTAL_URL)
                .withEnv("QUARKUS_OIDC_CREDENTIALS_SECRET", name + "-dev-secret")
                .withLogConsumer(new Slf4jLogConsumer(org.slf4j.LoggerFactory.getLogger(name)).withSeparateOutputStreams())
                .waitingFor(Wait.forHttp("/q/health/ready").forPort(8080).forStatusCode(200)
                        .withStartupTimeout(STARTUP));
        return container;
    }

    String intakeUrl() {
        return url("intake");
    }

    String triageUrl() {
        return url("triage");
    }

    String contentUrl() {
        return url("content");
    }

    String notificationUrl() {
        return url("notification");
    }

    private String url(String service) {
        GenericContainer<?> c = services.get(service);
        Integer restarted = portsAfterRestart.get(service);
        return "http://" + c.getHost() + ":" + (restarted != null ? restarted : c.getMappedPort(8080));
    }

    TopicReader topics() {
        return topics;
    }

    JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** Keycloak's root URL as the host reaches it. */
    String keycloakUrl() {
        return keycloak.getBaseUrl();
    }

    /** A password-grant token of a realm user, cached until shortly before it expires. */
    String token(String username) {
        String cached = tokens.get(username);
        if (cached != null && !expiresSoon(cached)) {
            return cached;
        }
        String token = fetchToken("spinepath", "grant_type=password&client_id=spinepath-cli&username=" + enc(username)
                + "&password=" + enc("spinepath-dev"));
        tokens.put(username, token);
        return token;
    }

    /** A client-credentials token of one of the realm's service clients (its development secret). */
    String serviceToken(String clientId) {
        return fetchToken("spinepath", "grant_type=client_credentials&client_id=" + enc(clientId)
                + "&client_secret=" + enc(clientId + "-dev-secret"));
    }

    /** A fresh token from {@code realm}'s token endpoint for the given form. */
    String fetchToken(String realm, String form) {
        String base = keycloak.getBaseUrl();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
                    base + "/realms/" + realm + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("no token from " + realm + ": " + response.body());
            }
            return json(response.body()).path("access_token").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError("no token from " + realm, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private boolean expiresSoon(String jwt) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return Instant.ofEpochSecond(json(payload).path("exp").asLong()).isBefore(Instant.now().plusSeconds(30));
    }

    Connection database(String name) throws SQLException {
        String url = "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432) + "/" + name;
        return DriverManager.getConnection(url, postgres.getUsername(), postgres.getPassword());
    }

    void produce(String topic, String key, String value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("could not produce to " + topic, e);
        }
    }

    /** Waits until {@code group} has committed offsets up to the end of {@code topic}. */
    void awaitConsumed(String group, String topic, Duration timeout) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers());
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(props)) {
            while (Instant.now().isBefore(deadline)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
                committed.keySet().stream().filter(p -> p.topic().equals(topic))
                        .forEach(p -> latest.put(p, OffsetSpec.latest()));
                if (!latest.isEmpty()) {
                    var ends = admin.listOffsets(latest).all().get();
                    boolean caughtUp = latest.keySet().stream()
                            .allMatch(p -> committed.get(p).offset() >= ends.get(p).offset());
                    if (caughtUp) {
                        return;
                    }
                }
                Thread.sleep(250);
            }
        } catch (Exception e) {
            throw new AssertionError("could not read offsets of " + group, e);
        }
        throw new AssertionError(group + " did not consume " + topic + " within " + timeout);
    }

    /** Every distinct email (by Message-ID) the SMTP server received that names {@code text}. */
    List<Mail> mailsAbout(String text) {
        Map<String, Mail> byId = new LinkedHashMap<>();
        String api = smtp.getApiUrl() + "/api/user";
        for (JsonNode user : get(api)) {
            String email = user.path("email").asText();
            for (JsonNode message : get(api + "/" + enc(email) + "/messages/")) {
                String mime = message.path("mimeMessage").asText();
                String subject = message.path("subject").asText();
                if (subject.contains(text) || mime.contains(text)) {
                    String id = message.path("Message-ID").asText();
                    byId.putIfAbsent(id, new Mail(id, email, subject, mime));
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** Waits up to {@code timeout} for at least {@code count} distinct emails naming {@code text}. */
    List<Mail> awaitMails(String text, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<Mail> mails = mailsAbout(text);
        while (mails.size() < count && Instant.now().isBefore(deadline)) {
            sleep(500);
            mails = mailsAbout(text);
        }
        return mails;
    }

    /** Kills the notification service as a crash would (SIGKILL, no graceful shutdown). */
    void killNotification() {
        GenericContainer<?> c = services.get("notification");
        c.getDockerClient().killContainerCmd(c.getContainerId()).exec();
    }

    /** Starts the killed notification container again, with its state in PostgreSQL and Kafka intact. */
    void startNotification() {
        GenericContainer<?> c = services.get("notification");
        c.getDockerClient().startContainerCmd(c.getContainerId()).exec();
        String id = c.getContainerId();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            var state = c.getDockerClient().inspectContainerCmd(id).exec();
            var ports = state.getNetworkSettings().getPorts().getBindings();
            var binding = ports.values().stream().filter(b -> b != null && b.length > 0).findFirst();
            if (binding.isPresent()) {
                // Docker publishes a restarted container on a new host port; Testcontainers keeps
                // the port it saw at start, so the service's address is taken from here on.
                portsAfterRestart.put("notification", Integer.valueOf(binding.get()[0].getHostPortSpec()));
                String url = "http://localhost:" + binding.get()[0].getHostPortSpec() + "/q/health/ready";
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (Exception notYet) {
                    // still starting
                }
            }
            sleep(500);
        }
        throw new AssertionError("notification-service did not come back within 2 minutes");
    }

    private JsonNode get(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return json(response.body());
        } catch (Exception e) {
            throw new AssertionError("GET " + url + " failed", e);
        }
    }

    private void stop() {
        services.values().forEach(GenericContainer::stop);
        Stream.of(smtp, keycloak, kafka, postgres).forEach(GenericContainer::stop);
        network.close();
    }

    private static void sleep(long millis) {
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
