package org.spinepath.portal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "spinepath.portal")
public interface PortalConfig {

    /** Key of the CSRF token's HMAC; the same on every replica, from the deployment's secrets. */
    String csrfKey();

    /** Cases per page of "My cases". */
    @WithDefault("20")
    int pageSize();

    /** Cases whose referral timeline the live view keeps in memory (it is rebuilt from Kafka at start). */
    @WithDefault("10000")
    int liveCases();
}
