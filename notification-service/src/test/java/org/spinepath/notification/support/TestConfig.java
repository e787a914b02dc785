package org.spinepath.notification.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
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

    /** application.properties (production profile), with {@code overrides} on top. */
    public static NotificationConfig notificationConfig(Map<String, String> overrides) {
        URL properties = TestConfig.class.getClassLoader().getResource("application.properties");
        try {
            SmallRyeConfig config = new SmallRyeConfigBuilder()
                    .addDefaultInterceptors()
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

    public static NotificationConfig notificationConfig() {
        return notificationConfig(Map.of());
    }
}
