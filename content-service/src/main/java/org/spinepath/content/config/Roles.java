package org.spinepath.content.config;

/** The Keycloak realm roles the content service knows, plus the role it grants service accounts. */
public final class Roles {

    public static final String CLINICIAN = "clinician";
    public static final String EDITOR = "content-editor";
    public static final String REVIEWER = "content-reviewer";
    public static final String ONCALL = "oncall";
    public static final String ADMIN = "admin";
    /** Granted by {@link ServiceAccountRoles} to the other SpinePath services' client-credentials tokens. */
    public static final String SERVICE = "spinepath-service";

    private Roles() {
    }
}
