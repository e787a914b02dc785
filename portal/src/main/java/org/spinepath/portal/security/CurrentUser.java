package org.spinepath.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;

/** The logged-in user as templates see it: name and what the navigation may offer. */
@Named("user")
@RequestScoped
public class CurrentUser {

    public static final String CLINICIAN = "clinician";
    public static final String EDITOR = "content-editor";
    public static final String REVIEWER = "content-reviewer";
    public static final String ONCALL = "oncall";
    public static final String ADMIN = "admin";

    @Inject
    SecurityIdentity identity;

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isClinician() {
        return identity.hasRole(CLINICIAN);
    }

    public boolean isEditor() {
        return identity.hasRole(EDITOR);
    }

    public boolean isReviewer() {
        return identity.hasRole(REVIEWER);
    }

    public boolean isEditorial() {
        return isEditor() || isReviewer();
    }

    public boolean isOncall() {
        return identity.hasRole(ONCALL);
    }

    public boolean isAdmin() {
        return identity.hasRole(ADMIN);
    }
}
