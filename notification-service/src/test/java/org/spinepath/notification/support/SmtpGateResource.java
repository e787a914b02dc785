package org.spinepath.notification.support;

import java.util.Map;

import org.spinepath.testing.SpinePathContainers;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The shared test SMTP server (GreenMail), reached through an {@link SmtpGate} so that a test can
 * take SMTP down and bring it back.
 */
public class SmtpGateResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        SpinePathContainers.SmtpEndpoint smtp = SpinePathContainers.smtp();
        SmtpGate gate = SmtpGate.get(smtp.host(), smtp.smtpPort());
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(gate.port()),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        // The gate and the server live as long as the JVM.
    }
}
