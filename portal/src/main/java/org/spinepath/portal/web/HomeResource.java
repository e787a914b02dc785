package org.spinepath.portal.web;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @Inject
    @Location("home.html")
    Template home;

    @Inject
    @Location("signed-out.html")
    Template signedOut;

    @GET
    @Authenticated
    public TemplateInstance home() {
        return home.instance();
    }

    @GET
    @Path("/signed-out")
    @PermitAll
    public TemplateInstance signedOut() {
        return signedOut.instance();
    }
}
