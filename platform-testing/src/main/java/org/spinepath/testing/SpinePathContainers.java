package org.spinepath.testing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * PostgreSQL, Kafka, Keycloak and SMTP for tests, from the images {@code deploy/images} builds.
 *
 * <p><b>Shared instances</b> ({@link #postgres()}, {@link #kafka()}, {@link #keycloak()},
 * {@link #smtp()}): one of each per test JVM, started on first use and stopped when the JVM
 * exits, whatever class loader asks (Quarkus gives each test profile its own). They return
 * the coordinates, not the container, for that reason.
 *
 * <p><b>Fresh instances</b> ({@code new*}): containers on a given {@link Network} under a network
 * alias, for tests that run the services themselves in containers next to them. The caller
 * starts and stops them.
 */
public final class SpinePathContainers {

    /** Database, user and password of the shared PostgreSQL and of {@link #newPostgres}. */
    public static final String POSTGRES_CREDENTIALS = "spinepath";
    /** The port of the Kafka listener that {@link #newKafka} opens on the network alias. */
    public static final int KAFKA_NETWORK_PORT = 19092;
    /**
     * The cluster id spinepath/kafka formats its storage with at image build; a container
     * started with it skips formatting.
     */
    public static final String KAFKA_CLUSTER_ID = "U3BpbmVQYXRoS2Fma2EwMQ";

    private SpinePathContainers() {
    }

    // ---- shared, one per JVM ------------------------------------------------------------------

    public static PostgresEndpoint postgres() {
        return PostgresEndpoint.from(SharedServices.get(SharedServices.POSTGRES));
    }

    public static KafkaEndpoint kafka() {
        return KafkaEndpoint.from(SharedServices.get(SharedServices.KAFKA));
    }

    /** Keycloak whose issuer follows the request: for tests and applications on the host. */
    public static KeycloakEndpoint keycloak() {
        return KeycloakEndpoint.from(SharedServices.get(SharedServices.KEYCLOAK));
    }

    public static SmtpEndpoint smtp() {
        return SmtpEndpoint.from(SharedServices.get(SharedServices.SMTP));
    }

    // ---- fresh, on a network ------------------------------------------------------------------

    /** PostgreSQL, reachable from the host and as {@code alias:5432} on the network. */
    public static PostgreSQLContainer newPostgres(Network network, String alias) {
        return postgresContainer().withNetwork(network).withNetworkAliases(alias);
    }

    /**
     * PostgreSQL with a database per name, each owned by {@link #POSTGRES_CREDENTIALS}, created by
     * an init script, which the community postgres image runs as well as spinepath/postgres.
     */
    public static PostgreSQLContainer newPostgres(Network network, String alias, String... databases) {
        StringBuilder script = new StringBuilder();
        for (String database : databases) {
            if (!database.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("not a plain database name: " + database);
            }
            script.append("CREATE DATABASE \"").append(database).append("\" OWNER \"").append(POSTGRES_CREDENTIALS)
                    .append("\";\n");
        }
        return newPostgres(network, alias).withCopyToContainer(Transferable.of(script.toString(), 0644),
                "/docker-entrypoint-initdb.d/10-spinepath-databases.sql");
    }

    /**
     * Kafka, reachable from the host ({@link KafkaContainer#getBootstrapServers()}) and as
     * {@code alias:19092} ({@link #KAFKA_NETWORK_PORT}) on the network.
     */
    public static KafkaContainer newKafka(Network network, String alias) {
        return kafkaContainer().withNetwork(network).withNetworkAliases(alias)
                .withListener(alias + ":" + KAFKA_NETWORK_PORT);
    }

    /**
     * Keycloak on the network. With a {@code hostname} such as {@code http://keycloak:8080}
     * every token carries that issuer, including tokens a test fetches through the mapped port;
     * with {@code null} the issuer follows the request.
     */
    public static KeycloakContainer newKeycloak(Network network, String alias, String hostname) {
        KeycloakContainer keycloak = new KeycloakContainer().withNetwork(network).withNetworkAliases(alias);
        return hostname == null ? keycloak : keycloak.withFixedHostname(hostname);
    }

    /** GreenMail, reachable as {@code alias:3025} (SMTP) on the network. */
    public static GreenMailContainer newSmtp(Network network, String alias) {
        return new GreenMailContainer().withNetwork(network).withNetworkAliases(alias);
    }

    /** See {@link SpinePathImages#requireLocalImage(String)}. */
    public static DockerImageName requireLocalImage(String name) {
        return SpinePathImages.requireLocalImage(name);
    }

    /**
     * Starts containers side by side (Keycloak takes longest; the others start meanwhile). A
     * container that fails to start fails the call with the end of its log.
     */
    public static void startAll(GenericContainer<?>... containers) {
        List<RuntimeException> failures = Stream.of(containers).parallel().map(c -> {
            try {
                start(c);
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        }).filter(e -> e != null).collect(Collectors.toList());
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    /** Starts a container; when it fails, the exception carries the last lines of its log. */
    public static void start(GenericContainer<?> container) {
        try {
            container.start();
        } catch (RuntimeException e) {
            String log;
            try {
                List<String> lines = container.getLogs().lines().toList();
                log = String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            } catch (RuntimeException unavailable) {
                log = "(no log: " + unavailable.getMessage() + ")";
            }
            throw new IllegalStateException(container.getDockerImageName() + " did not start: " + e.getMessage()
                    + "\n--- last lines of its log ---\n" + log, e);
        }
    }

    static PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer(SpinePathImages.postgres())
                .withImagePullPolicy(SpinePathImages.NEVER_PULL)
                .withDatabaseName(POSTGRES_CREDENTIALS)
                .withUsername(POSTGRES_CREDENTIALS)
                .withPassword(POSTGRES_CREDENTIALS);
    }

    static KafkaContainer kafkaContainer() {
        return new KafkaContainer(SpinePathImages.kafka())
                .withImagePullPolicy(SpinePathImages.NEVER_PULL)
                .withEnv("CLUSTER_ID", KAFKA_CLUSTER_ID);
    }

    /** Coordinates of a PostgreSQL server. */
    public record PostgresEndpoint(String host, int port, String database, String username, String password) {

        static PostgresEndpoint from(Map<String, String> m) {
            return new PostgresEndpoint(m.get("host"), Integer.parseInt(m.get("port")), m.get("database"),
                    m.get("username"), m.get("password"));
        }

        public String jdbcUrl() {
            return jdbcUrl(database);
        }

        public String jdbcUrl(String otherDatabase) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + otherDatabase;
        }

        /** Creates {@code name} (owned by {@link #username()}) unless it exists; returns its JDBC URL. */
        public String createDatabase(String name) {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("not a plain database name: " + name);
            }
            try (var connection = java.sql.DriverManager.getConnection(jdbcUrl(), username, password);
                    var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (var rows = exists.executeQuery()) {
                    if (!rows.next()) {
                        try (var create = connection.createStatement()) {
                            create.execute("CREATE DATABASE \"" + name + "\"");
                        }
                    }
                }
            } catch (java.sql.SQLException e) {
                if (!"42P04".equals(e.getSQLState())) { // created meanwhile by another test
                    throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
                }
            }
            return jdbcUrl(name);
        }
    }

    /** Coordinates of a Kafka broker. */
    public record KafkaEndpoint(String bootstrapServers) {

        static KafkaEndpoint from(Map<String, String> m) {
            return new KafkaEndpoint(m.get("bootstrap-servers"));
        }
    }

    /** Coordinates of a Keycloak server holding the SpinePath realm. */
    public record KeycloakEndpoint(String baseUrl) {

        static KeycloakEndpoint from(Map<String, String> m) {
            return new KeycloakEndpoint(m.get("base-url"));
        }

        /** {@code <base>/realms/spinepath}: Quarkus' {@code quarkus.oidc.auth-server-url}. */
        public String realmUrl() {
            return baseUrl + "/realms/" + KeycloakContainer.REALM;
        }

        public String tokenUrl() {
            return realmUrl() + "/protocol/openid-connect/token";
        }
    }

    /** Coordinates of the test mail server. */
    public record SmtpEndpoint(String host, int smtpPort, int imapPort, String apiUrl) {

        static SmtpEndpoint from(Map<String, String> m) {
            return new SmtpEndpoint(m.get("host"), Integer.parseInt(m.get("smtp-port")),
                    Integer.parseInt(m.get("imap-port")), m.get("api-url"));
        }

        public Mailbox mailbox() {
            return new Mailbox(apiUrl);
        }
    }
}
