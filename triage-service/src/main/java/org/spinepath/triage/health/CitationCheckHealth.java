package org.spinepath.triage.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.spinepath.triage.service.CheckOutcome;
import org.spinepath.triage.service.CitationCheck;

/**
 * The citation check, shown on {@code /q/health/ready} for operators. It is always UP: triage
 * works without the content service, so an unreachable content service or an unresolved citation
 * must never take the service out of rotation. The data says what the last check found.
 */
@Readiness
@ApplicationScoped
public class CitationCheckHealth implements HealthCheck {

    private final CitationCheck check;

    public CitationCheckHealth(CitationCheck check) {
        this.check = check;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("content-citations").up()
                .withData("affectsReadiness", false);
        return check.last().map(outcome -> describe(response, outcome))
                .orElseGet(() -> response.withData("contentService", "not checked yet")).build();
    }

    private static HealthCheckResponseBuilder describe(HealthCheckResponseBuilder response, CheckOutcome outcome) {
        response.withData("lastCheck", outcome.at().toString()).withData("citations", outcome.citations());
        if (!outcome.reached()) {
            return response.withData("contentService", "unreachable").withData("error", outcome.error());
        }
        return response.withData("contentService", "reachable")
                .withData("unresolved", outcome.unresolved())
                .withData("superseded", outcome.superseded());
    }
}
