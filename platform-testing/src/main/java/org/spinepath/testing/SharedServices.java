package org.spinepath.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The JVM's shared containers.
 *
 * <p>Quarkus loads a test module's classes, this library included, once per test profile, in a
 * class loader of its own: static fields alone would start a set of containers per profile. So
 * every loader hands the request to this class as loaded by the system class loader, which holds
 * the containers, and gets back plain strings. The system loader also outlives Quarkus'
 * loaders, so the shutdown hook that stops the containers can still load what it needs.
 */
final class SharedServices {

    static final String POSTGRES = "postgres";
    static final String KAFKA = "kafka";
    static final String KEYCLOAK = "keycloak";
    static final String SMTP = "smtp";

    private static final Logger LOG = LoggerFactory.getLogger(SharedServices.class);
    private static final Map<String, Object> LOCKS = Map.of(POSTGRES, new Object(), KAFKA, new Object(),
            KEYCLOAK, new Object(), SMTP, new Object());
    private static final Map<String, Map<String, String>> ENDPOINTS = new ConcurrentHashMap<>();
    private static final List<GenericContainer<?>> RUNNING = new ArrayList<>();
    private static boolean hookInstalled;

    private SharedServices() {
    }

    /** The coordinates of the shared {@code service}, started if need be. */
    @SuppressWarnings("unchecked")
    static Map<String, String> get(String service) {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        if (SharedServices.class.getClassLoader() != system) {
            Class<?> owner;
            try {
                owner = Class.forName(SharedServices.class.getName(), true, system);
            } catch (ClassNotFoundException e) {
                owner = SharedServices.class; // not on the system class path: this loader is the owner
            }
            if (owner != SharedServices.class) {
                try {
                    Method startOrGet = owner.getDeclaredMethod("startOrGet", String.class);
                    startOrGet.setAccessible(true);
                    return (Map<String, String>) startOrGet.invoke(null, service);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot reach the shared " + service + " container", e);
                }
            }
        }
        return startOrGet(service);
    }

    private static Map<String, String> startOrGet(String service) {
        Object lock = LOCKS.get(service);
        if (lock == null) {
            throw new IllegalArgumentException("no shared service " + service);
        }
        synchronized (lock) {
            Map<String, String> endpoint = ENDPOINTS.get(service);
            if (endpoint == null) {
                long started = System.nanoTime();
                // Testcontainers finds its Docker client strategies through the context class
                // loader; under Quarkus that is the test's loader, whose copies are not subtypes
                // of the classes this (system) loader holds.
                Thread thread = Thread.currentThread();
                ClassLoader context = thread.getContextClassLoader();
                thread.setContextClassLoader(SharedServices.class.getClassLoader());
                try {
                    endpoint = start(service);
                } finally {
                    thread.setContextClassLoader(context);
                }
                ENDPOINTS.put(service, endpoint);
                LOG.info("shared {} started in {} ms: {}", service, (System.nanoTime() - started) / 1_000_000,
                        endpoint.getOrDefault("base-url", endpoint.getOrDefault("bootstrap-servers",
                                endpoint.get("host") + ":" + endpoint.getOrDefault("port", endpoint.get("smtp-port")))));
            }
            return endpoint;
        }
    }

    private static Map<String, String> start(String service) {
        return switch (service) {
            case POSTGRES -> {
                PostgreSQLContainer c = register(SpinePathContainers.postgresContainer());
                yield Map.of("host", c.getHost(), "port", String.valueOf(c.getMappedPort(5432)),
                        "database", c.getDatabaseName(), "username", c.getUsername(), "password", c.getPassword());
            }
            case KAFKA -> {
                KafkaContainer c = register(SpinePathContainers.kafkaContainer());
                yield Map.of("bootstrap-servers", c.getBootstrapServers());
            }
            case KEYCLOAK -> {
                KeycloakContainer c = register(new KeycloakContainer());
                yield Map.of("base-url", c.getBaseUrl());
            }
            case SMTP -> {
                GreenMailContainer c = register(new GreenMailContainer());
                yield Map.of("host", c.getHost(), "smtp-port", String.valueOf(c.getSmtpPort()),
                        "imap-port", String.valueOf(c.getImapPort()), "api-url", c.getApiUrl());
            }
            default -> throw new IllegalArgumentException("no shared service " + service);
        };
    }

    private static <T extends GenericContainer<?>> T register(T container) {
        container.withLabel("org.spinepath.testing.shared", "true");
        SpinePathContainers.start(container);
        synchronized (RUNNING) {
            RUNNING.add(container);
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(SharedServices::stopAll, "spinepath-containers-stop"));
                hookInstalled = true;
            }
        }
        return container;
    }

    private static void stopAll() {
        List<GenericContainer<?>> running;
        synchronized (RUNNING) {
            running = new ArrayList<>(RUNNING);
            RUNNING.clear();
        }
        running.parallelStream().forEach(c -> {
            try {
                c.stop();
            } catch (RuntimeException e) {
                System.err.println("could not remove container " + c.getContainerId() + ": " + e);
            }
        });
    }
}
