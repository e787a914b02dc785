package org.spinepath.notification.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.spinepath.notification.config.NotificationConfig;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;

/** The service's configuration as application.properties declares it, for plain unit tests. */
public final class TestConfig {

    private TestConfig() {
    }

    /** A key for unit tests, which build the production configuration but are no production. */
    public static final String ACKNOWLEDGE_LINK_SECRET = "only-for-unit-tests-0123456789abcdefghijklmnop";

    /**
     * application.properties (production profile), with {@code overrides} on top and, unless they
     * set one, an acknowledge-link key (production has no default one).
     */
    public static NotificationConfig notificationConfig(Map<String, String> overrides) {
        Map<String, String> withSecret = new HashMap<>(overrides);
        withSecret.putIfAbsent("spinepath.notification.acknowledge-link.secret", ACKNOWLEDGE_LINK_SECRET);
        return notificationConfig("prod", withSecret);
    }

    public static NotificationConfig notificationConfig() {
        return notificationConfig(Map.of());
    }

    /** application.properties as the given profile reads it, with exactly {@code overrides} on top. */
    public static NotificationConfig notificationConfig(String profile, Map<String, String> overrides) {
        URL properties = TestConfig.class.getClassLoader().getResource("application.properties");
        try {
            SmallRyeConfig config = new SmallRyeConfigBuilder()
                    .addDefaultInterceptors()
                    .withProfile(profile)
                    .withMapping(NotificationConfig.class)
                    .withSources(new PropertiesConfigSource(properties, 250))
                    .withSources(new MapBackedConfigSource("test overrides", overrides, 400) {
                    })
                    .build();
            return config.getConfigMapping(NotificationConfig.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
