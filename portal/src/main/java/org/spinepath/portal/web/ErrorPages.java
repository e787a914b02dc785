package org.spinepath.portal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.spinepath.portal.client.BackendProblem;
import org.spinepath.portal.client.BackendUnavailable;

import io.quarkus.security.ForbiddenException;

/** Every failure becomes a page in the portal's own style; none shows a stack trace. */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject
    Pages pages;

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, "You cannot use this page", "Your role does not include this page. Use the menu to find the pages you can use.");
    }

    @ServerExceptionMapper
    public Response forbidden(jakarta.ws.rs.ForbiddenException e) {
        return forbidden((ForbiddenException) null);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "Page not found", "If you typed the web address, check it is correct.");
    }

    @ServerExceptionMapper
    public Response unavailable(BackendUnavailable e) {
        LOG.warnf("%s (%s)", e.getMessage(), e.getCause() == null ? "error status" : e.getCause().toString());
        return page(503, "Sorry, there is a problem with the service",
                "The " + e.service() + " is not answering at the moment. Try again in a few minutes. "
                        + "For an emergency, follow your hospital's usual escalation route.");
    }

    @ServerExceptionMapper
    public Response problem(BackendProblem e) {
        return page(e.status() == 409 ? 409 : 400, "The request was refused", e.getMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status < 500) {
            return page(status, "The request could not be handled", "Go back and try again.");
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return page(500, "Sorry, there is a problem with the service", "Try again later.");
    }

    private Response page(int status, String title, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(pages.error(status, title, message).render()).build();
    }
}
