package org.spinepath.notification.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.spinepath.notification.domain.ReferralLevel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The notification service's configuration: the on-call roster, the escalation clock, the
 * delivery channels and the acknowledge links. docs/referrals.md documents every key.
 */
@ConfigMapping(prefix = "spinepath.notification")
public interface NotificationConfig {

    /**
     * The on-call roster, one route per clinical service. Each flag of a referral goes to every
     * route of the referral's level that takes it (a route without flags takes every flag of its
     * level); the referral's recipients are the union of those routes (pathways.md section 8).
     */
    Map<String, Route> routes();

    /** The route of a flag that no route takes, so that no referral and no flag is ever left unsent. */
    @WithDefault("immediate")
    String fallbackRoute();

    Escalation escalation();

    Delivery delivery();

    AcknowledgeLink acknowledgeLink();

    Channels channels();

    /** How long acknowledged referrals stay in the on-call list. */
    @WithDefault("PT24H")
    Duration recentWindow();

    interface Route {
        ReferralLevel level();

        /** The team or service the route stands for, as messages and the FHIR ServiceRequest name it. */
        Optional<String> title();

        /** The flags this route takes; empty for every flag of the level. */
        Optional<Set<String>> flags();

        /** Who is notified first. */
        List<Contact> recipients();

        /**
         * Who is notified, in order, each time the referral stays unacknowledged for the level's
         * escalation interval. Past the end of the chain its last contact is notified again at
         * every interval; with no chain, the recipients are.
         */
        List<Contact> escalation();
    }

    interface Contact {
        String name();

        String email();
    }

    interface Escalation {
        /** Unacknowledged IMMEDIATE referrals escalate after this long (pathways.md section 8). */
        @WithDefault("PT15M")
        Duration immediate();

        /** Unacknowledged WITHOUT_DELAY referrals escalate after this long. */
        @WithDefault("PT4H")
        Duration withoutDelay();

        /** How long an unacknowledged referral of {@code level} waits before it escalates. */
        default Duration after(ReferralLevel level) {
            return level == ReferralLevel.IMMEDIATE ? immediate() : withoutDelay();
        }

        /** How often the clock is checked; escalation happens at most this late. */
        @WithDefault("5s")
        String pollInterval();
    }

    interface Delivery {
        /** How often pending deliveries are looked for. */
        @WithDefault("1s")
        String pollInterval();

        /**
         * A claimed delivery is not claimed again for this long (by the database's clock). Each
         * delivery is claimed on its own just before it is sent, so the lease covers one send. If
         * the service dies between sending and recording, the delivery is sent again (with the same
         * idempotency key) once the lease has run out, so it must outlast the slowest channel
         * timeout.
         */
        @WithDefault("PT1M")
        Duration lease();
    }

    interface AcknowledgeLink {
        /** Public base URL of this service, the root of the links in the emails. */
        @WithDefault("http://localhost:8084")
        URI baseUrl();

        /**
         * HMAC-SHA256 key of the links (at least 32 bytes). Required: every replica must verify the
         * links every other replica signed, before and after a restart, so the key is never made up
         * at start.
         */
        String secret();

        /** How long a link stays valid. */
        @WithDefault("PT24H")
        Duration validity();
    }

    interface Channels {
        Email email();

        Fhir fhir();

        Webhook webhook();
    }

    interface Retry {
        /** Attempts before the delivery is dead-lettered and an alert is raised. */
        @WithDefault("10")
        int maxAttempts();

        /** Wait after the first failure; doubled after each further one. */
        @WithDefault("PT5S")
        Duration initialBackoff();

        /** Longest wait between two attempts. */
        @WithDefault("PT5M")
        Duration maxBackoff();
    }

    interface Email {
        @WithDefault("true")
        boolean enabled();

        /** Right-hand side of the Message-ID of the referral emails. */
        @WithDefault("notification.spinepath")
        String messageIdDomain();

        /** How long one SMTP send may take before it counts as failed. */
        @WithDefault("PT30S")
        Duration timeout();

        /**
         * How many emails one instance sends at once, each over a pooled SMTP connection of its
         * own (the mailer's pool is sized from this). Every one of them is claimed, leased and
         * recorded on its own exactly as a single sender does.
         */
        @WithDefault("4")
        int parallelSends();

        Retry retry();
    }

    interface Fhir {
        /** Base URL of the FHIR R4 server; the channel is off without one. */
        Optional<URI> baseUrl();

        /** Bearer token sent to the FHIR server, when it needs one. */
        Optional<String> bearerToken();

        /** Validate the resources with HAPI's R4 validator before posting them. */
        @WithDefault("true")
        boolean validate();

        @WithDefault("PT10S")
        Duration timeout();

        Retry retry();
    }

    interface Webhook {
        /** Where notifications are posted; the channel is off without one. */
        Optional<URI> url();

        /** HMAC-SHA256 key of the X-SpinePath-Signature header; required with a URL. */
        Optional<String> secret();

        @WithDefault("PT10S")
        Duration timeout();

        Retry retry();
    }
}
