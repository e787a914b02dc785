package org.spinepath.notification.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points the FHIR and webhook channels at the test's {@link HttpReceiver}. */
public class HttpReceiverResource implements QuarkusTestResourceLifecycleManager {

    public static final String WEBHOOK_SECRET = "webhook-secret-for-tests-0123456789abcdef";

    @Override
    public Map<String, String> start() {
        HttpReceiver receiver = HttpReceiver.get();
        return Map.of("spinepath.notification.channels.fhir.base-url", receiver.url(HttpReceiver.FHIR),
                "spinepath.notification.channels.webhook.url", receiver.url(HttpReceiver.WEBHOOK),
                "spinepath.notification.channels.webhook.secret", WEBHOOK_SECRET);
    }

    @Override
    public void stop() {
        // The receiver lives as long as the JVM, like the containers.
    }
}
