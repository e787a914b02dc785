package org.spinepath.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** Shared pages: errors and the home page. */
@ApplicationScoped
public class Pages {

    @Inject
    @Location("error.html")
    Template error;

    public TemplateInstance error(int status, String title, String message) {
        return error.data("status", status).data("title", title).data("message", message);
    }
}
