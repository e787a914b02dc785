package org.spinepath.portal.web;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.spinepath.portal.client.Backend;
import org.spinepath.portal.client.NotificationClient;
import org.spinepath.portal.live.LiveAudience;
import org.spinepath.portal.live.LiveEvents;
import org.spinepath.portal.security.CurrentUser;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

/** The on-call surgeon's referral inbox, a referral's history and its acknowledgement. */
@Path("/referrals")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class ReferralResource {

    private static final List<String> LEVELS = List.of("IMMEDIATE", "WITHOUT_DELAY");

    @Inject
    @RestClient
    NotificationClient notification;

    @Inject
    LiveEvents live;

    @Inject
    SecurityIdentity identity;

    @Inject
    @Location("referrals/inbox.html")
    Template inbox;

    @Inject
    @Location("referrals/list.html")
    Template list;

    @Inject
    @Location("referrals/show.html")
    Template show;

    @GET
    @RolesAllowed({ CurrentUser.ONCALL, CurrentUser.ADMIN })
    public TemplateInstance inbox() {
        return inbox.data("referrals", referrals());
    }

    @GET
    @Path("/list")
    @RolesAllowed({ CurrentUser.ONCALL, CurrentUser.ADMIN })
    public TemplateInstance listFragment() {
        return list.data("referrals", referrals());
    }

    @GET
    @Path("/live")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    @RolesAllowed({ CurrentUser.ONCALL, CurrentUser.ADMIN })
    public Multi<String> live() {
        LiveAudience audience = LiveAudience.of(identity, CurrentUser.ADMIN);
        return live.signals().filter(audience::hearsReferral).map(s -> "inbox");
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ CurrentUser.ONCALL, CurrentUser.ADMIN })
    public TemplateInstance show(@PathParam("id") UUID id) {
        return show.data("r", Backend.map(Backend.json("notification service", () -> notification.get(id))));
    }

    @POST
    @Path("/{id}/acknowledge")
    @RolesAllowed(CurrentUser.ONCALL)
    public Response acknowledge(@PathParam("id") UUID id) {
        Backend.json("notification service", () -> notification.acknowledge(id));
        return Response.seeOther(URI.create("/referrals/" + id)).build();
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/retry")
    @RolesAllowed(CurrentUser.ADMIN)
    public Response retry(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        Backend.json("notification service", () -> notification.retry(id, deliveryId));
        return Response.seeOther(URI.create("/referrals/" + id)).build();
    }

    /** Open referrals first, then by urgency (IMMEDIATE before WITHOUT_DELAY), then oldest first. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> referrals() {
        List<Object> all = Backend.list(Backend.json("notification service", () -> notification.list(null)));
        Comparator<Map<String, Object>> order = Comparator
                .<Map<String, Object>, Boolean>comparing(r -> !"OPEN".equals(r.get("status")))
                .thenComparing(r -> {
                    int i = LEVELS.indexOf(String.valueOf(r.get("level")));
                    return i < 0 ? LEVELS.size() : i;
                })
                .thenComparing(r -> Instant.parse(String.valueOf(r.getOrDefault("createdAt", Instant.EPOCH.toString()))));
        return all.stream().map(o -> (Map<String, Object>) o).sorted(order).toList();
    }
}
