package org.spinepath.notification.channel.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.spinepath.notification.channel.DeliveryChannel;
import org.spinepath.notification.channel.DeliveryException;
import org.spinepath.notification.channel.Dispatch;
import org.spinepath.notification.channel.HttpPoster;
import org.spinepath.notification.config.NotificationConfig;
import org.spinepath.notification.domain.Channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Posts each referral message, signed with HMAC-SHA256, to a configured URL (a paging system, a
 * chat bridge). Off when no URL is configured. The body is the same on every attempt; the
 * signature changes with the timestamp.
 */
@ApplicationScoped
public class WebhookChannel implements DeliveryChannel {

    private final NotificationConfig.Webhook config;
    private final String apiBase;
    private final HttpPoster http;
    private final ObjectMapper json;

    public WebhookChannel(NotificationConfig config, HttpPoster http, ObjectMapper json) {
        this.config = config.channels().webhook();
        this.apiBase = config.acknowledgeLink().baseUrl().toString().replaceAll("/+$", "");
        this.http = http;
        this.json = json;
        if (this.config.url().isPresent() && this.config.secret().filter(s -> s.length() >= 32).isEmpty()) {
            throw new IllegalStateException("spinepath.notification.channels.webhook.secret (at least 32 characters) "
                    + "is required when spinepath.notification.channels.webhook.url is set");
        }
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public boolean enabled() {
        return config.url().isPresent();
    }

    @Override
    public String destination() {
        return config.url().map(URI::toString).orElse("");
    }

    @Override
    public void send(Dispatch dispatch) throws DeliveryException {
        URI url = config.url().orElseThrow(() -> new DeliveryException("no webhook URL is configured", true));
        Dispatch.Referral referral = dispatch.referral();
        WebhookPayload payload = new WebhookPayload(WebhookPayload.TYPE, dispatch.idempotencyKey(), referral.id(),
                referral.caseId(), referral.level(), referral.urgency(), referral.flags(),
                referral.recommendedAction(), referral.caseLink(), dispatch.escalationLevel(), dispatch.contacts(), dispatch.teams(),
                URI.create(apiBase + "/api/referrals/" + referral.id() + "/acknowledge"), referral.createdAt());
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new DeliveryException("cannot serialise the webhook payload: " + e.getMessage(), true);
        }
        long timestamp = Instant.now().getEpochSecond();
        http.post(url, "application/json", body, Map.of(
                WebhookSignature.IDEMPOTENCY_HEADER, dispatch.idempotencyKey(),
                WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp),
                WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(config.secret().orElseThrow(), timestamp, body)),
                config.timeout());
    }
}
