package org.spinepath.testing;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.ImagePullPolicy;
import org.testcontainers.utility.DockerImageName;

import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;

/**
 * The images tests run, by name. Each name is configuration: a system property, else an
 * environment variable (the property upper-cased with {@code .} as {@code _}), else the image
 * {@code deploy/images/build-images.sh} builds.
 *
 * <table>
 * <caption>Image names</caption>
 * <tr><th>System property</th><th>Environment variable</th><th>Default</th></tr>
 * <tr><td>{@code spinepath.image.postgres}</td><td>{@code SPINEPATH_IMAGE_POSTGRES}</td><td>{@code spinepath/postgres:15}</td></tr>
 * <tr><td>{@code spinepath.image.kafka}</td><td>{@code SPINEPATH_IMAGE_KAFKA}</td><td>{@code spinepath/kafka:4.3.1}</td></tr>
 * <tr><td>{@code spinepath.image.keycloak}</td><td>{@code SPINEPATH_IMAGE_KEYCLOAK}</td><td>{@code spinepath/keycloak:26.7.3}</td></tr>
 * <tr><td>{@code spinepath.image.smtp}</td><td>{@code SPINEPATH_IMAGE_SMTP}</td><td>{@code spinepath/greenmail:2.1.13}</td></tr>
 * </table>
 *
 * <p>Images are never pulled: a test run must not depend on a registry. An image that is not on
 * the local engine fails the test with the command that builds it.
 */
public final class SpinePathImages {

    public static final String POSTGRES_PROPERTY = "spinepath.image.postgres";
    public static final String KAFKA_PROPERTY = "spinepath.image.kafka";
    public static final String KEYCLOAK_PROPERTY = "spinepath.image.keycloak";
    public static final String SMTP_PROPERTY = "spinepath.image.smtp";

    public static final String POSTGRES_DEFAULT = "spinepath/postgres:15";
    public static final String KAFKA_DEFAULT = "spinepath/kafka:4.3.1";
    public static final String KEYCLOAK_DEFAULT = "spinepath/keycloak:26.7.3";
    public static final String SMTP_DEFAULT = "spinepath/greenmail:2.1.13";

    /** Testcontainers asks this before creating a container: never go to a registry. */
    public static final ImagePullPolicy NEVER_PULL = image -> false;

    /** The label build-images.sh puts on every image it builds. */
    static final String BUILT_HERE_LABEL = "org.spinepath.image.inputs";

    private static final Map<String, Boolean> CHECKED = new ConcurrentHashMap<>();

    private SpinePathImages() {
    }

    /** PostgreSQL 15, usable by Testcontainers' {@code PostgreSQLContainer}. */
    public static DockerImageName postgres() {
        return requireLocalImage(name(POSTGRES_PROPERTY, POSTGRES_DEFAULT)).asCompatibleSubstituteFor("postgres");
    }

    /** Kafka (KRaft), usable by Testcontainers' {@code org.testcontainers.kafka.KafkaContainer}. */
    public static DockerImageName kafka() {
        return requireLocalImage(name(KAFKA_PROPERTY, KAFKA_DEFAULT)).asCompatibleSubstituteFor("apache/kafka");
    }

    /** Keycloak, pre-augmented, with the SpinePath realm. */
    public static DockerImageName keycloak() {
        return requireLocalImage(name(KEYCLOAK_PROPERTY, KEYCLOAK_DEFAULT));
    }

    /** GreenMail: SMTP, IMAP and a REST API onto the mailboxes. */
    public static DockerImageName smtp() {
        return requireLocalImage(name(SMTP_PROPERTY, SMTP_DEFAULT));
    }

    /** The configured name for an image: system property, environment variable, default. */
    public static String name(String property, String defaultName) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        return value == null || value.isBlank() ? defaultName : value.trim();
    }

    /**
     * Checks that the Docker engine answers and holds the image, and returns its name.
     *
     * @throws IllegalStateException saying what to run when either is missing
     */
    public static DockerImageName requireLocalImage(String name) {
        DockerImageName image = DockerImageName.parse(name);
        String key = image.asCanonicalNameString();
        if (CHECKED.containsKey(key)) {
            return image;
        }
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("Docker engine not reachable: run ./deploy/scripts/ensure-docker.sh");
        }
        InspectImageResponse inspected;
        try {
            inspected = DockerClientFactory.lazyClient().inspectImageCmd(name).exec();
        } catch (NotFoundException e) {
            throw new IllegalStateException("image " + name + " missing: run ./deploy/images/build-images.sh"
                    + " (tests never pull images; another image can be named with the spinepath.image.* properties)");
        }
        Map<String, String> labels = inspected.getConfig() == null ? null : inspected.getConfig().getLabels();
        CHECKED.put(key, labels != null && labels.containsKey(BUILT_HERE_LABEL));
        return image;
    }

    /**
     * Whether {@code image} was built by {@code deploy/images/build-images.sh} (under whatever
     * name), as opposed to an upstream image named by configuration. Checks it is present first.
     */
    public static boolean builtByBuildImages(DockerImageName image) {
        requireLocalImage(image.asCanonicalNameString());
        return CHECKED.getOrDefault(image.asCanonicalNameString(), false);
    }
}
