package org.spinepath.notification.rest;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinepath.common.problem.ProblemException;
import org.spinepath.notification.channel.email.AcknowledgeLinks.Grant;
import org.spinepath.notification.channel.email.AcknowledgeLinks.InvalidLinkException;
import org.spinepath.notification.channel.email.AcknowledgeLinks;
import org.spinepath.notification.service.ReferralService;
import org.spinepath.notification.service.ReferralView;

/**
 * The acknowledge link of a referral email: the one public path of this service besides health.
 * The signature is the credential. Opening the link (GET) only verifies it and shows a button;
 * the acknowledgement is the POST that button sends, because mail scanners open links on their
 * own and must not acknowledge an emergency referral on nobody's behalf.
 */
@Path("/public/referrals/{id}/acknowledge")
@Tag(name = "Acknowledge links")
public class AcknowledgeLinkResource {

    private final AcknowledgeLinks links;
    private final ReferralService referrals;

    public AcknowledgeLinkResource(AcknowledgeLinks links, ReferralService referrals) {
        this.links = links;
        this.referrals = referrals;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Verify an acknowledge link and show the referral's acknowledge button")
    public Response confirm(@PathParam("id") UUID id, @QueryParam("by") String by, @QueryParam("expires") long expires,
            @QueryParam("signature") String signature) {
        return withGrant(id, by, expires, signature, grant -> {
            ReferralView referral = referrals.forLink(id);
            if (referral.acknowledgedBy() != null) {
                return page(200, "Referral already acknowledged", "The referral for case " + referral.caseId()
                        + " was acknowledged by " + referral.acknowledgedBy() + " at " + referral.acknowledgedAt() + ".");
            }
            String form = "<form method=\"post\">"
                    + hidden("by", grant.recipient()) + hidden("expires", Long.toString(expires))
                    + hidden("signature", signature)
                    + "<button type=\"submit\">Acknowledge the referral as " + escape(grant.recipient()) + "</button>"
                    + "</form>";
            return htmlPage(200, "Acknowledge referral", "<p>" + escape(referral.level() + " referral for case "
                    + referral.caseId() + ", escalation level " + referral.escalationLevel()) + ".</p>" + form);
        });
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Acknowledge a referral through its signed link")
    public Response acknowledge(@PathParam("id") UUID id, @FormParam("by") String by, @FormParam("expires") long expires,
            @FormParam("signature") String signature) {
        return withGrant(id, by, expires, signature, grant -> {
            ReferralView referral = referrals.acknowledgeByLink(id, grant.recipient());
            return page(200, "Referral acknowledged", "The referral for case " + referral.caseId()
                    + " is acknowledged by " + referral.acknowledgedBy() + " at " + referral.acknowledgedAt()
                    + ". Escalation has stopped.");
        });
    }

    private Response withGrant(UUID id, String by, long expires, String signature,
            Function<Grant, Response> action) {
        Grant grant;
        try {
            grant = links.verify(id, by, expires, signature, Instant.now());
        } catch (InvalidLinkException e) {
            return page(e.expired() ? 410 : 403, "Link not valid",
                    e.getMessage() + ". Acknowledge the referral in SpinePath instead.");
        }
        try {
            return action.apply(grant);
        } catch (ProblemException e) {
            return page(e.problem().status(), e.problem().title(), e.problem().detail());
        }
    }

    private static Response page(int status, String title, String text) {
        return htmlPage(status, title, "<p>" + escape(text) + "</p>");
    }

    private static Response htmlPage(int status, String title, String html) {
        String body = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SpinePath - "
                + escape(title) + "</title></head><body><h1>" + escape(title) + "</h1>" + html + "</body></html>";
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8")).entity(body)
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
