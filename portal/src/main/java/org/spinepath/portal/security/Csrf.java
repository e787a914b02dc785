package org.spinepath.portal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.spinepath.portal.config.PortalConfig;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The CSRF token of the current login session: an HMAC of the user and the Keycloak session id
 * under the portal's configured key. It needs no server-side state, so every replica checks it,
 * and it changes with each login. Forms carry it in a hidden field, htmx sends it as a header.
 */
@Named("csrf")
@RequestScoped
public class Csrf {

    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    PortalConfig config;

    public String getToken() {
        if (identity.isAnonymous()) {
            return "";
        }
        String session = idToken.getClaim("sid") != null ? idToken.getClaim("sid").toString() : String.valueOf(idToken.getIssuedAtTime());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.csrfKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] sig = mac.doFinal((idToken.getSubject() + "|" + session).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (Exception e) {
            throw new IllegalStateException("cannot compute the CSRF token", e);
        }
    }

    public boolean matches(String presented) {
        if (presented == null || presented.isEmpty() || identity.isAnonymous()) {
            return false;
        }
        return MessageDigest.isEqual(getToken().getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
