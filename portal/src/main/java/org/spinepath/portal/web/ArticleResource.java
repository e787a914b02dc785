package org.spinepath.portal.web;

import java.net.URI;
import java.util.LinkedHashMap;
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

/** Articles for every role: list, search, a pinned version in either audience, history, diff, feedback. */
@Path("/articles")
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed({ CurrentUser.CLINICIAN, CurrentUser.EDITOR, CurrentUser.REVIEWER, CurrentUser.ONCALL, CurrentUser.ADMIN })
public class ArticleResource {

    @Inject
    @RestClient
    ContentClient content;

    @Inject
    @Location("articles/list.html")
    Template list;

    @Inject
    @Location("articles/show.html")
    Template show;

    @Inject
    @Location("articles/history.html")
    Template history;

    @Inject
    @Location("articles/diff.html")
    Template diff;

    @Inject
    @Location("articles/search.html")
    Template search;

    @Inject
    @Location("articles/reported.html")
    Template reported;

    @GET
    public TemplateInstance list() {
        var page = Backend.map(Backend.json("content service", () -> content.list(0, 100, "clinician")));
        return list.data("articles", page.get("items"));
    }

    @GET
    @Path("/search")
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("audience") @DefaultValue("clinician") String audience) {
        String a = audience(audience);
        if (q == null || q.isBlank()) {
            return search.data("q", "").data("hits", List.of()).data("audience", a);
        }
        var page = Backend.map(Backend.json("content service", () -> content.search(q.strip(), a, 0, 20)));
        return search.data("q", q.strip()).data("hits", page.get("items")).data("audience", a);
    }

    @GET
    @Path("/{slug}")
    public Response current(@PathParam("slug") String slug) {
        var article = Backend.json("content service", () -> content.current(slug, "clinician"));
        return Response.seeOther(URI.create("/articles/" + slug + "/versions/" + article.path("version").asInt())).build();
    }

    /** One version, pinned: citations link here, so it never silently shows "latest". */
    @GET
    @Path("/{slug}/versions/{version}")
    public TemplateInstance version(@PathParam("slug") String slug, @PathParam("version") int version,
            @QueryParam("audience") @DefaultValue("clinician") String audience) {
        String a = audience(audience);
        return show.data("a", Backend.map(Backend.json("content service", () -> content.version(slug, version, a))))
                .data("audience", a).data("feedbackSection", null).data("feedbackError", null)
                .data("quotedText", "").data("comment", "");
    }

    @GET
    @Path("/{slug}/history")
    public TemplateInstance history(@PathParam("slug") String slug) {
        return history.data("slug", slug)
                .data("versions", Backend.list(Backend.json("content service", () -> content.history(slug))));
    }

    @GET
    @Path("/{slug}/diff")
    public TemplateInstance diff(@PathParam("slug") String slug, @QueryParam("from") int from, @QueryParam("to") int to,
            @QueryParam("audience") @DefaultValue("clinician") String audience) {
        String a = audience(audience);
        return diff.data("d", Backend.map(Backend.json("content service", () -> content.diff(slug, from, to, a))));
    }

    @POST
    @Path("/{slug}/versions/{version}/feedback")
    public TemplateInstance report(@PathParam("slug") String slug, @PathParam("version") int version,
            @FormParam("section") String section, @FormParam("audience") String audience,
            @FormParam("quotedText") String quotedText, @FormParam("comment") String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("articleSlug", slug);
        body.put("version", version);
        body.put("section", section);
        body.put("audience", audience(audience));
        body.put("quotedText", quotedText);
        body.put("comment", comment);
        try {
            Backend.json("content service", () -> content.report(Backend.write(body)));
        } catch (org.spinepath.portal.client.BackendProblem refused) {
            return show.data("a", Backend.map(Backend.json("content service", () -> content.version(slug, version, audience(audience)))))
                    .data("audience", audience(audience)).data("feedbackSection", section)
                    .data("feedbackError", refused.getMessage()).data("quotedText", quotedText).data("comment", comment);
        }
        return reported.data("slug", slug).data("version", version).data("section", section);
    }

    private static String audience(String audience) {
        return "patient".equals(audience) ? "patient" : "clinician";
    }
}
