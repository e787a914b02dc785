package org.spinepath.notification.rest;

/** The realm roles of deploy/keycloak/spinepath-realm.json that this service checks. */
final class Roles {
    static final String ONCALL = "oncall";
    static final String ADMIN = "admin";
    static final String CLINICIAN = "clinician";

    private Roles() {
    }
}
