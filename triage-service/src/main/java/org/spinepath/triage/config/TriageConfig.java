package org.spinepath.triage.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "spinepath.triage")
public interface TriageConfig {

    /** Link to a case in the portal; {@code {caseId}} is replaced. Carried by referral messages. */
    String caseLinkTemplate();

    Citations citations();

    /** The check of the engine's citations against the content service. */
    interface Citations {

        /** How often every citation is resolved again after a check that reached the content service. */
        @WithDefault("15m")
        Duration checkEvery();

        /**
         * How often the checker wakes up: the first check runs on its first wake-up after startup,
         * and a check that could not reach the content service is retried this often.
         */
        @WithDefault("1m")
        Duration retryEvery();
    }
}
