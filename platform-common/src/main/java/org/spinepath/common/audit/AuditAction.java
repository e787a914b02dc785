package org.spinepath.common.audit;

/**
 * FHIR R4 {@code AuditEvent.action} with the RESTful interaction IHE Basic Audit Log Patterns put
 * in {@code AuditEvent.subtype}: a search is an Execute ({@code E}). {@link #LOGIN} is not a RESTful
 * interaction: a service accepting (or refusing) a user's token, written as a DICOM
 * "User Authentication" event.
 */
public enum AuditAction {
    CREATE("C", "create"),
    READ("R", "read"),
    UPDATE("U", "update"),
    SEARCH("E", "search-type"),
    LOGIN("E", "login");

    private final String code;
    private final String interaction;

    AuditAction(String code, String interaction) {
        this.code = code;
        this.interaction = interaction;
    }

    public String code() {
        return code;
    }

    public String interaction() {
        return interaction;
    }
}
