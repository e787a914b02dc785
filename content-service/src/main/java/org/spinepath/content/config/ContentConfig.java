package org.spinepath.content.config;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "spinepath.content")
public interface ContentConfig {

    Importer importer();

    Security security();

    interface Importer {
        /** Load the bundled articles at start-up. Off only for a deployment that manages content elsewhere. */
        @WithDefault("true")
        boolean enabled();

        /** Classpath resource listing the bundled article versions, one {@code slug/version} a line. */
        @WithDefault("articles/catalogue.txt")
        String catalogue();
    }

    interface Security {
        /**
         * Keycloak clients whose client-credentials tokens may read content. Their service-account
         * tokens carry only the realm's default roles, so they are recognised by the token's
         * authorised party ({@code azp}) instead.
         */
        @WithDefault("intake-service,triage-service,notification-service")
        List<String> serviceClients();
    }
}
