package org.spinepath.common.audit;

/** FHIR R4 {@code AuditEvent.outcome}: 0 success, 4 minor failure (a refusal), 8 serious failure. */
public enum AuditOutcome {
    SUCCESS("0"),
    REFUSED("4");

    private final String code;

    AuditOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
