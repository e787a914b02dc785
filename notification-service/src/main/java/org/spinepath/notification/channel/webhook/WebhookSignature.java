package org.spinepath.notification.channel.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook call: {@code sha256=} and the hex HMAC-SHA256, under the shared
 * secret, of the timestamp header, a dot and the body. The receiver recomputes it to know the
 * call came from SpinePath and was not altered, and rejects old timestamps to stop replays.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-SpinePath-Signature";
    public static final String TIMESTAMP_HEADER = "X-SpinePath-Timestamp";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
