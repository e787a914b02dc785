package org.spinepath.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The JVM's shared test mail server for a Quarkus test: points the Quarkus mailer at it
 * ({@code quarkus.mailer.host}, {@code .port}, {@code .mock=false}, plain SMTP) so mail is really
 * sent. Read what arrived with {@link #mailbox()}.
 */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {

    /** The shared server's mailboxes. */
    public static Mailbox mailbox() {
        return SpinePathContainers.smtp().mailbox();
    }

    @Override
    public Map<String, String> start() {
        SpinePathContainers.SmtpEndpoint smtp = SpinePathContainers.smtp();
        return Map.of("quarkus.mailer.host", smtp.host(),
                "quarkus.mailer.port", String.valueOf(smtp.smtpPort()),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; stopped when the JVM exits.
    }
}
