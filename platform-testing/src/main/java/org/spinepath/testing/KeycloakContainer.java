package org.spinepath.testing;

import java.nio.file.Path;
import java.time.Duration;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * Keycloak from {@code spinepath/keycloak}, with the SpinePath realm imported at start from the
 * repository's {@code deploy/keycloak/spinepath-realm.json} (the copy baked into the image when
 * the file cannot be found).
 *
 * <p>Two ways to name the issuer:
 * <ul>
 * <li>by default the issuer follows the request, so a test on the host and a Quarkus application
 * on the host both see {@code http://localhost:<mapped port>/realms/spinepath};</li>
 * <li>{@link #withFixedHostname(String)} fixes the issuer to a network alias such as
 * {@code http://keycloak:8080} for services in containers, while the back channel (token, keys)
 * still answers on whatever address the request came to, so a test on the host can fetch tokens
 * through the mapped port that those services accept.</li>
 * </ul>
 */
public class KeycloakContainer extends GenericContainer<KeycloakContainer> {

    public static final int HTTP_PORT = 8080;
    public static final int MANAGEMENT_PORT = 9000;
    public static final String REALM = "spinepath";
    /** The realm file's place in the repository. */
    public static final String REALM_FILE = "deploy/keycloak/spinepath-realm.json";
    /** Bootstrap administrator of throw-away test instances. */
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private static final String IMPORT_DIR = "/opt/keycloak/data/import/";

    private String fixedHostname;

    public KeycloakContainer() {
        this(SpinePathImages.keycloak());
    }

    public KeycloakContainer(DockerImageName image) {
        super(image);
        withExposedPorts(HTTP_PORT, MANAGEMENT_PORT);
        withImagePullPolicy(SpinePathImages.NEVER_PULL);
        withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // Left alone, Keycloak sizes its heap from the machine's memory: half of it up front.
        withEnv("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        if (!SpinePathImages.builtByBuildImages(image)) {
            // An upstream Keycloak image (named by spinepath.image.keycloak) is not augmented for
            // "start --optimized": development mode augments at start, health endpoints included.
            withCommand("start-dev", "--import-realm");
            withEnv("KC_HEALTH_ENABLED", "true");
        }
        waitingFor(Wait.forHttp("/health/ready").forPort(MANAGEMENT_PORT).forStatusCode(200)
                .withStartupTimeout(Duration.ofMinutes(3)));
        RepositoryFiles.find(REALM_FILE).ifPresent(this::withRealmFile);
    }

    /** Imports this realm file at start instead of (or as well as) the one in the repository. */
    public KeycloakContainer withRealmFile(Path file) {
        return withCopyFileToContainer(MountableFile.forHostPath(file, 0644), IMPORT_DIR + file.getFileName());
    }

    /**
     * Fixes the front-end URL, and so the issuer, to {@code url} (e.g. {@code http://keycloak:8080})
     * and keeps the back channel dynamic.
     */
    public KeycloakContainer withFixedHostname(String url) {
        this.fixedHostname = url;
        withEnv("KC_HOSTNAME", url);
        withEnv("KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "true");
        return self();
    }

    /** {@code http://<host>:<mapped port>}: the address a test on the host uses. */
    public String getBaseUrl() {
        return "http://" + getHost() + ":" + getMappedPort(HTTP_PORT);
    }

    /** The SpinePath realm as reached from the host. */
    public String getRealmUrl() {
        return getBaseUrl() + "/realms/" + REALM;
    }

    /** The {@code iss} claim of tokens this instance issues. */
    public String getIssuer() {
        return (fixedHostname != null ? fixedHostname : getBaseUrl()) + "/realms/" + REALM;
    }
}
