package org.spinepath.intake.rest;

/** The realm roles of deploy/keycloak/spinepath-realm.json that this service checks. */
final class Roles {
    static final String CLINICIAN = "clinician";
    static final String ONCALL = "oncall";
    static final String ADMIN = "admin";

    private Roles() {
    }
}
