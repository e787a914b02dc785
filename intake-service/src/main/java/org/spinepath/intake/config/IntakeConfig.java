package org.spinepath.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "spinepath.intake")
public interface IntakeConfig {

    /** Largest page a client may ask for when listing cases. */
    @WithDefault("100")
    int maxPageSize();
}
