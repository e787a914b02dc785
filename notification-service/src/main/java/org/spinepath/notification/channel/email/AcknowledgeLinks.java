package org.spinepath.notification.channel.email;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.net.URLEncoder;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.spinepath.notification.config.NotificationConfig;

import io.quarkus.runtime.Startup;

/**
 * Signed, expiring links that let the recipient of a referral email acknowledge it without
 * signing in. The signature (HMAC-SHA256) covers the referral, the recipient and the expiry, so
 * a link can neither be forged nor reused for another referral, and it names who acknowledged.
 * The key comes from the configuration only, so that every replica verifies the links every other
 * replica signed, before and after a restart; a short key stops the service at start.
 */
@Startup
@ApplicationScoped
public class AcknowledgeLinks {

    public static final String PATH = "/public/referrals/%s/acknowledge";
    private static final String HMAC = "HmacSHA256";
    private static final int MIN_SECRET_BYTES = 32;

    private final NotificationConfig.AcknowledgeLink config;
    private final SecretKeySpec key;

    public AcknowledgeLinks(NotificationConfig config) {
        this.config = config.acknowledgeLink();
        byte[] secret = this.config.secret().getBytes(UTF_8);
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("spinepath.notification.acknowledge-link.secret must be at least "
                    + MIN_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret, HMAC);
    }

    /** A verified request to acknowledge a referral on behalf of {@code recipient}. */
    public record Grant(UUID referralId, String recipient, Instant expires) {
    }

    public URI linkFor(UUID referralId, String recipient, Instant now) {
        long expires = now.plus(config.validity()).getEpochSecond();
        String base = config.baseUrl().toString().replaceAll("/+$", "");
        return URI.create(base + PATH.formatted(referralId) + "?by=" + URLEncoder.encode(recipient, UTF_8)
                + "&expires=" + expires + "&signature=" + sign(referralId, recipient, expires));
    }

    public Instant expiryOfLinksMadeAt(Instant now) {
        return Instant.ofEpochSecond(now.plus(config.validity()).getEpochSecond());
    }

    /** @throws InvalidLinkException when the signature does not match or the link has expired */
    public Grant verify(UUID referralId, String recipient, long expires, String signature, Instant now) {
        if (referralId == null || recipient == null || recipient.isBlank() || signature == null) {
            throw new InvalidLinkException("the link is incomplete", false);
        }
        byte[] expected = sign(referralId, recipient, expires).getBytes(UTF_8);
        if (!MessageDigest.isEqual(expected, signature.getBytes(UTF_8))) {
            throw new InvalidLinkException("the link's signature is not valid", false);
        }
        Instant expiry = Instant.ofEpochSecond(expires);
        if (!now.isBefore(expiry)) {
            throw new InvalidLinkException("the link expired at " + expiry, true);
        }
        return new Grant(referralId, recipient, expiry);
    }

    private String sign(UUID referralId, String recipient, long expires) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            byte[] digest = mac.doFinal((referralId + "\n" + recipient + "\n" + expires).getBytes(UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** A link that must not be honoured. */
    public static class InvalidLinkException extends RuntimeException {
        private final boolean expired;

        public InvalidLinkException(String message, boolean expired) {
            super(message);
            this.expired = expired;
        }

        public boolean expired() {
            return expired;
        }
    }
}
