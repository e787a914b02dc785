package org.spinepath.portal.security;

import java.net.URI;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.spinepath.portal.web.Pages;

import jakarta.ws.rs.container.ContainerResponseContext;

/**
 * CSRF protection, and no caching of pages. (The other security headers are set for every route,
 * static files and login redirects included, in application.properties.) The platform has no CSRF extension that resolves here
 * (quarkus-rest-csrf is missing from the reachable Maven Central), so the portal checks it itself:
 * every unsafe request must carry the session's token (form field or header), and a browser's
 * Origin header, when sent, must be the portal's own. The session cookie is SameSite=Lax on top.
 */
public class SecurityFilters {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    Csrf csrf;

    @Inject
    Pages pages;

    @ServerRequestFilter
    @WithFormRead
    public Response checkCsrf(ResteasyReactiveContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !origin.equals("null")) {
            URI self = request.getUriInfo().getBaseUri();
            String own = self.getScheme() + "://" + self.getAuthority();
            if (!origin.equalsIgnoreCase(own)) {
                return refused();
            }
        }
        String presented = request.getHeaderString(Csrf.HEADER);
        if (presented == null && request.getMediaType() != null
                && request.getMediaType().isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            var form = ((org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext) request
                    .getServerRequestContext()).getFormData();
            FormValue value = form == null ? null : form.getFirst(Csrf.FIELD);
            presented = value == null ? null : value.getValue();
        }
        return csrf.matches(presented) ? null : refused();
    }

    private Response refused() {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE)
                .entity(pages.error(403, "This form has expired",
                        "The page was open too long or came from another site. Go back, reload the page and try again.")
                        .render())
                .build();
    }

    /** Pages hold patient data: never stored by the browser, so the back button after logout shows nothing. */
    @ServerResponseFilter
    public void noStore(ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
