package org.spinepath.testing;

import java.time.Duration;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * GreenMail from {@code spinepath/greenmail}: accepts mail for any address over SMTP and keeps
 * it in a mailbox per recipient, readable over IMAP or through {@link Mailbox}.
 */
public class GreenMailContainer extends GenericContainer<GreenMailContainer> {

    public static final int SMTP_PORT = 3025;
    public static final int IMAP_PORT = 3143;
    public static final int API_PORT = 8080;

    public GreenMailContainer() {
        this(SpinePathImages.smtp());
    }

    public GreenMailContainer(DockerImageName image) {
        super(image);
        withExposedPorts(SMTP_PORT, IMAP_PORT, API_PORT);
        withImagePullPolicy(SpinePathImages.NEVER_PULL);
        waitingFor(Wait.forHttp("/api/service/readiness").forPort(API_PORT).forStatusCode(200)
                .withStartupTimeout(Duration.ofMinutes(1)));
    }

    public int getSmtpPort() {
        return getMappedPort(SMTP_PORT);
    }

    public int getImapPort() {
        return getMappedPort(IMAP_PORT);
    }

    /** GreenMail's REST API as reached from the host. */
    public String getApiUrl() {
        return "http://" + getHost() + ":" + getMappedPort(API_PORT);
    }

    public Mailbox mailbox() {
        return new Mailbox(getApiUrl());
    }
}
