package org.spinepath.triage.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "spinepath.triage")
public interface TriageConfig {

    /** Link to a case in the portal; {@code {caseId}} is replaced. Carried by referral messages. */
    String caseLinkTemplate();
}
