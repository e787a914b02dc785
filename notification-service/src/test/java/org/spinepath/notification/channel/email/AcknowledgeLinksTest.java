package org.spinepath.notification.channel.email;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.spinepath.notification.channel.email.AcknowledgeLinks.InvalidLinkException;
import org.spinepath.notification.support.TestConfig;

/** A signed acknowledge link works for its referral and recipient until it expires, and for nothing else. */
class AcknowledgeLinksTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes-0123";
    private final AcknowledgeLinks links = new AcknowledgeLinks(TestConfig.notificationConfig(Map.of(
            "spinepath.notification.acknowledge-link.secret", SECRET,
            "spinepath.notification.acknowledge-link.base-url", "https://referrals.spinepath.test/",
            "spinepath.notification.acknowledge-link.validity", "PT24H")));
    private final Instant now = Instant.parse("2026-11-21T08:00:00Z");
    private final UUID referral = UUID.randomUUID();

    private static Map<String, String> query(URI link) {
        return Arrays.stream(link.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], UTF_8)));
    }

    @Test
    void aLinkVerifiesForItsReferralAndRecipient() {
        URI link = links.linkFor(referral, "oncall-spine@spinepath.local", now);
        Map<String, String> q = query(link);

        assertThat(link.toString()).startsWith("https://referrals.spinepath.test/public/referrals/" + referral
                + "/acknowledge?by=oncall-spine%40spinepath.local&expires=");
        AcknowledgeLinks.Grant grant = links.verify(referral, q.get("by"), Long.parseLong(q.get("expires")),
                q.get("signature"), now.plus(Duration.ofHours(23)));
        assertThat(grant.recipient()).isEqualTo("oncall-spine@spinepath.local");
    }

    @Test
    void aLinkDoesNotWorkForAnotherReferralAnotherRecipientOrALaterExpiry() {
        Map<String, String> q = query(links.linkFor(referral, "oncall-spine@spinepath.local", now));
        long expires = Long.parseLong(q.get("expires"));

        assertThatThrownBy(() -> links.verify(UUID.randomUUID(), q.get("by"), expires, q.get("signature"), now))
                .isInstanceOf(InvalidLinkException.class).hasMessageContaining("signature");
        assertThatThrownBy(() -> links.verify(referral, "intruder@spinepath.local", expires, q.get("signature"), now))
                .isInstanceOf(InvalidLinkException.class).hasMessageContaining("signature");
        assertThatThrownBy(() -> links.verify(referral, q.get("by"), expires + 86400, q.get("signature"), now))
                .isInstanceOf(InvalidLinkException.class).hasMessageContaining("signature");
    }

    @Test
    void anExpiredLinkIsRecognisedAsExpired() {
        Map<String, String> q = query(links.linkFor(referral, "oncall-spine@spinepath.local", now));

        assertThatThrownBy(() -> links.verify(referral, q.get("by"), Long.parseLong(q.get("expires")),
                q.get("signature"), now.plus(Duration.ofHours(24))))
                .isInstanceOfSatisfying(InvalidLinkException.class, e -> assertThat(e.expired()).isTrue());
    }

    @Test
    void aLinkSignedWithAnotherSecretIsRejected() {
        AcknowledgeLinks other = new AcknowledgeLinks(TestConfig.notificationConfig(Map.of(
                "spinepath.notification.acknowledge-link.secret", "another-secret-of-thirty-two-bytes-or-more")));
        Map<String, String> q = query(other.linkFor(referral, "oncall-spine@spinepath.local", now));

        assertThatThrownBy(() -> links.verify(referral, q.get("by"), Long.parseLong(q.get("expires")),
                q.get("signature"), now)).isInstanceOfSatisfying(InvalidLinkException.class,
                        e -> assertThat(e.expired()).isFalse());
    }

    @Test
    void productionRefusesToStartWithoutAConfiguredKey() {
        // A key made up at start would break every link after a restart, and half of them with two replicas.
        assertThatThrownBy(() -> new AcknowledgeLinks(TestConfig.notificationConfig("prod", Map.of())))
                .hasMessageContaining("spinepath.notification.acknowledge-link.secret");
    }

    @Test
    void devAndTestModesUseAFixedKeySoTheirLinksSurviveARestart() {
        for (String profile : new String[] { "dev", "test" }) {
            Map<String, String> q = query(new AcknowledgeLinks(TestConfig.notificationConfig(profile, Map.of()))
                    .linkFor(referral, "oncall-spine@spinepath.local", now));
            AcknowledgeLinks afterRestart = new AcknowledgeLinks(TestConfig.notificationConfig(profile, Map.of()));

            assertThat(afterRestart.verify(referral, q.get("by"), Long.parseLong(q.get("expires")), q.get("signature"),
                    now).recipient()).as(profile).isEqualTo("oncall-spine@spinepath.local");
        }
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new AcknowledgeLinks(TestConfig.notificationConfig(
                Map.of("spinepath.notification.acknowledge-link.secret", "short"))))
                .hasMessageContaining("at least 32 bytes");
    }
}
