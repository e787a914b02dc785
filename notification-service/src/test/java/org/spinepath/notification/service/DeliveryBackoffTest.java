package org.spinepath.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spinepath.notification.config.NotificationConfig;
import org.spinepath.notification.support.TestConfig;

/** Retries wait longer after each failure, up to a ceiling. */
class DeliveryBackoffTest {

    private final NotificationConfig.Retry retry = TestConfig.notificationConfig(Map.of(
            "spinepath.notification.channels.email.retry.initial-backoff", "PT5S",
            "spinepath.notification.channels.email.retry.max-backoff", "PT1M")).channels().email().retry();

    @Test
    void theWaitDoublesAfterEachFailureUntilTheCeiling() {
        assertThat(DeliveryLedger.backoff(retry, 1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(DeliveryLedger.backoff(retry, 2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(DeliveryLedger.backoff(retry, 4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(DeliveryLedger.backoff(retry, 5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(DeliveryLedger.backoff(retry, 500)).isEqualTo(Duration.ofMinutes(1));
    }
}
