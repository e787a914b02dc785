package org.spinepath.notification.channel.fhir;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.hl7.fhir.r4.model.Bundle;
import org.spinepath.notification.channel.DeliveryChannel;
import org.spinepath.notification.channel.DeliveryException;
import org.spinepath.notification.channel.Dispatch;
import org.spinepath.notification.channel.HttpPoster;
import org.spinepath.notification.config.NotificationConfig;
import org.spinepath.notification.domain.Channel;
import org.spinepath.notification.domain.FlagFindings;
import org.spinepath.notification.domain.ReferralLevel;

import io.quarkus.runtime.StartupEvent;

/**
 * Posts the referral's ServiceRequest and Task to the configured FHIR R4 server as one
 * transaction Bundle. Off when no base URL is configured.
 */
@ApplicationScoped
public class FhirChannel implements DeliveryChannel {

    public static final String CONTENT_TYPE = "application/fhir+json";

    private final NotificationConfig.Fhir config;
    private final FhirValidation validation;
    private final HttpPoster http;

    public FhirChannel(NotificationConfig config, FhirValidation validation, HttpPoster http) {
        this.config = config.channels().fhir();
        this.validation = validation;
        this.http = http;
    }

    void warmUp(@Observes StartupEvent startup) {
        if (enabled() && config.validate()) {
            UUID sample = UUID.randomUUID();
            validation.warmUpInBackground(FhirReferralBuilder.transaction(new Dispatch(sample, Channel.FHIR,
                    destination(), sample.toString(), 0, 1,
                    new Dispatch.Referral(sample, sample, ReferralLevel.IMMEDIATE, "EMERGENCY",
                            List.of(new FlagFindings("CAUDA_EQUINA", List.of("saddleAnesthesia"))), "warm-up",
                            "https://spinepath.invalid/cases/" + sample, "warm-up", Instant.now(), Instant.now()),
                    List.of(), List.of())));
        }
    }

    @Override
    public Channel channel() {
        return Channel.FHIR;
    }

    @Override
    public boolean enabled() {
        return config.baseUrl().isPresent();
    }

    @Override
    public String destination() {
        return config.baseUrl().map(URI::toString).orElse("");
    }

    @Override
    public void send(Dispatch dispatch) throws DeliveryException {
        URI base = config.baseUrl().orElseThrow(() -> new DeliveryException("no FHIR base URL is configured", true));
        Bundle bundle = FhirReferralBuilder.transaction(dispatch);
        if (config.validate()) {
            List<String> errors = validation.errors(bundle);
            if (!errors.isEmpty()) {
                throw new DeliveryException("the FHIR Bundle is not valid R4: " + String.join("; ", errors), true);
            }
        }
        String body = validation.context().newJsonParser().encodeResourceToString(bundle);
        Map<String, String> headers = config.bearerToken().map(t -> Map.of("Authorization", "Bearer " + t))
                .orElse(Map.of());
        http.post(base, CONTENT_TYPE, body, headers, config.timeout());
    }
}
