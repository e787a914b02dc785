package org.spinepath.common.audit;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Data of a {@code security.alerts} event: someone opened patient data outside their care team.
 * Information governance reviews every one; {@code auditEventId} leads to the full record.
 */
public record BreakGlassAlert(UUID auditEventId, String resourceType, String resourceId, UUID caseId, String user,
        Set<String> roles, String reason, Instant at) {
}
