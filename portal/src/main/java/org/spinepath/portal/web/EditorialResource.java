package org.spinepath.portal.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.spinepath.portal.client.Backend;
import org.spinepath.portal.client.ContentClient;
import org.spinepath.portal.security.CurrentUser;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * Editors and reviewers: the review queue, a version's workflow actions and the feedback queue.
 * Four-eyes is shown, not only enforced: the actions a user may not take on a version (approving
 * their own, for one) are not offered; content-service refuses them regardless.
 */
@Path("/editorial")
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed({ CurrentUser.EDITOR, CurrentUser.REVIEWER })
public class EditorialResource {

    @Inject
    @RestClient
    ContentClient content;

    @Inject
    CurrentUser user;

    @Inject
    @Location("editorial/queue.html")
    Template queue;

    @Inject
    @Location("editorial/version.html")
    Template version;

    @Inject
    @Location("editorial/feedback.html")
    Template feedback;

    @GET
    public TemplateInstance queue() {
        var page = Backend.map(Backend.json("content service",
                () -> content.queue(List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW"), 0, 100)));
        return queue.data("versions", page.get("items"));
    }

    @GET
    @Path("/{slug}/versions/{version}")
    public TemplateInstance version(@PathParam("slug") String slug, @PathParam("version") int number) {
        Map<String, Object> summary = Backend.list(Backend.json("content service", () -> content.history(slug))).stream()
                .map(o -> Backend.map(Backend.mapper().valueToTree(o)))
                .filter(v -> Integer.valueOf(number).equals(v.get("version"))).findFirst()
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
        Map<String, Object> article = Backend.map(Backend.json("content service",
                () -> content.version(slug, number, "clinician")));
        String status = String.valueOf(summary.get("status"));
        String me = user.getName();
        boolean own = me.equals(summary.get("createdBy")) || me.equals(summary.get("submittedBy"));
        return version.data("v", summary).data("article", article)
                .data("canEdit", user.isEditor() && status.equals("DRAFT"))
                .data("canSubmit", user.isEditor() && status.equals("DRAFT"))
                .data("canStartReview", user.isReviewer() && !own && status.equals("SUBMITTED"))
                .data("canDecide", user.isReviewer() && !own && status.equals("UNDER_REVIEW"))
                .data("canRetract", user.isReviewer() && status.equals("APPROVED"));
    }

    @POST
    @Path("/{slug}/draft")
    @RolesAllowed(CurrentUser.EDITOR)
    public Response newDraft(@PathParam("slug") String slug, @FormParam("changeNote") String changeNote) {
        var created = Backend.json("content service",
                () -> content.newDraft(slug, Backend.write(Map.of("changeNote", changeNote == null ? "" : changeNote))));
        return Response.seeOther(URI.create("/editorial/" + slug + "/versions/" + created.path("version").asInt())).build();
    }

    @Inject
    @Location("editorial/edit.html")
    Template edit;

    /** The draft's content in both audiences, one text area per section (markdown). */
    @GET
    @Path("/{slug}/versions/{version}/edit")
    @RolesAllowed(CurrentUser.EDITOR)
    public TemplateInstance edit(@PathParam("slug") String slug, @PathParam("version") int number) {
        Map<String, Object> clinician = Backend.map(Backend.json("content service", () -> content.version(slug, number, "clinician")));
        Map<String, Object> patient = Backend.map(Backend.json("content service", () -> content.version(slug, number, "patient")));
        return edit.data("slug", slug).data("version", number).data("a", clinician)
                .data("variants", List.of(variant("clinician", clinician), variant("patient", patient)))
                .data("preview", false).data("errors", List.of());
    }

    /**
     * Saves (or, with action=preview, only shows) the edited content. The form posts every
     * section as {@code <audience>.<index>.anchor|heading|body}; the content is sent whole, as
     * content-service replaces a draft's content in one request.
     */
    @POST
    @Path("/{slug}/versions/{version}/edit")
    @RolesAllowed(CurrentUser.EDITOR)
    public Response save(@PathParam("slug") String slug, @PathParam("version") int number,
            jakarta.ws.rs.core.MultivaluedMap<String, String> form) {
        List<Map<String, Object>> variants = new java.util.ArrayList<>();
        for (String audience : List.of("clinician", "patient")) {
            List<Map<String, Object>> sections = new java.util.ArrayList<>();
            for (int i = 0; form.containsKey(audience + "." + i + ".anchor"); i++) {
                String p = audience + "." + i + ".";
                sections.add(Map.of("anchor", value(form, p + "anchor"), "heading", value(form, p + "heading"),
                        "body", text(form, p + "body")));
            }
            if (!sections.isEmpty()) {
                variants.add(Map.of("audience", audience, "title", value(form, audience + ".title"), "sections", sections));
            }
        }
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("author", value(form, "author"));
        body.put("evidenceStrength", value(form, "evidenceStrength"));
        body.put("source", value(form, "source"));
        if (!value(form, "sourceDate").isEmpty()) {
            body.put("sourceDate", value(form, "sourceDate"));
        }
        body.put("changeNote", value(form, "changeNote"));
        body.put("variants", variants);
        List<String> errors = List.of();
        if (!"preview".equals(form.getFirst("action"))) {
            try {
                Backend.json("content service", () -> content.edit(slug, number, Backend.write(body)));
                return Response.seeOther(URI.create("/editorial/" + slug + "/versions/" + number)).build();
            } catch (org.spinepath.portal.client.BackendProblem problem) {
                errors = problem.fieldErrors().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
                if (errors.isEmpty()) {
                    errors = List.of(problem.getMessage());
                }
            }
        }
        List<Map<String, Object>> shown = variants.stream().map(v -> Map.<String, Object>of("audience", v.get("audience"),
                "title", v.get("title"), "sections", v.get("sections"))).toList();
        return Response.status(errors.isEmpty() ? 200 : 400).entity(edit.data("slug", slug).data("version", number)
                .data("a", body).data("variants", shown).data("preview", errors.isEmpty()).data("errors", errors)).build();
    }

    private static Map<String, Object> variant(String audience, Map<String, Object> article) {
        return Map.of("audience", audience, "title", article.getOrDefault("title", ""),
                "sections", article.getOrDefault("sections", List.of()));
    }

    private static String value(jakarta.ws.rs.core.MultivaluedMap<String, String> form, String name) {
        return text(form, name).strip();
    }

    /** A text area as written: browsers send its line breaks as CRLF, which would change every section. */
    private static String text(jakarta.ws.rs.core.MultivaluedMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v.replace("\r\n", "\n");
    }

    @POST
    @Path("/{slug}/versions/{version}/{action:submit|start-review|approve|reject|retract}")
    public Response act(@PathParam("slug") String slug, @PathParam("version") int number,
            @PathParam("action") String action, @FormParam("comment") String comment) {
        String body = switch (action) {
            case "reject" -> Backend.write(Map.of("comment", comment == null ? "" : comment));
            case "retract" -> Backend.write(Map.of("reason", comment == null ? "" : comment));
            default -> "{}";
        };
        Backend.json("content service", () -> content.transition(slug, number, action, body));
        return Response.seeOther(URI.create("/editorial/" + slug + "/versions/" + number)).build();
    }

    @GET
    @Path("/feedback")
    public TemplateInstance feedback(@QueryParam("status") @DefaultValue("OPEN") String status) {
        var page = Backend.map(Backend.json("content service", () -> content.feedback(status, 0, 100)));
        return feedback.data("reports", page.get("items")).data("status", status);
    }

    @POST
    @Path("/feedback/{id}/resolve")
    @RolesAllowed(CurrentUser.EDITOR)
    public Response resolve(@PathParam("id") long id, @FormParam("outcome") String outcome, @FormParam("note") String note) {
        Backend.json("content service", () -> content.resolve(id,
                Backend.write(Map.of("outcome", outcome == null ? "" : outcome, "note", note == null ? "" : note))));
        return Response.seeOther(URI.create("/editorial/feedback")).build();
    }
}
