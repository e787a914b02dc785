package org.spinepath.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.spinepath.portal.client.Backend;
import org.spinepath.portal.client.BackendUnavailable;
import org.spinepath.portal.client.ContentClient;
import org.spinepath.portal.client.IntakeClient;
import org.spinepath.portal.client.NotificationClient;
import org.spinepath.portal.client.TriageClient;
import org.spinepath.portal.security.CurrentUser;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** The administrator's view: each service's readiness and the queue state the APIs expose. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed(CurrentUser.ADMIN)
public class AdminResource {

    @Inject
    @RestClient
    IntakeClient intake;

    @Inject
    @RestClient
    TriageClient triage;

    @Inject
    @RestClient
    ContentClient content;

    @Inject
    @RestClient
    NotificationClient notification;

    @Inject
    @Location("admin/index.html")
    Template page;

    @GET
    public TemplateInstance index() {
        Map<String, String> health = new LinkedHashMap<>();
        health.put("Intake service", ready(intake::health));
        health.put("Triage service", ready(triage::health));
        health.put("Content service", ready(content::health));
        health.put("Notification service", ready(notification::health));
        Object outbox;
        try {
            outbox = Backend.map(Backend.json("intake service", intake::outbox)).get("pending");
        } catch (BackendUnavailable e) {
            outbox = null;
        }
        var failed = Backend.list(Backend.json("notification service", () -> notification.list("OPEN")));
        return page.data("health", health).data("outboxPending", outbox).data("open", failed);
    }

    private static String ready(Supplier<Response> call) {
        try (Response r = call.get()) {
            return r.getStatus() == 200 ? "Ready" : "Not ready (" + r.getStatus() + ")";
        } catch (ProcessingException e) {
            return "Not reachable";
        }
    }
}
