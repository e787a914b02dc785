package org.spinepath.portal.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.spinepath.portal.client.Backend;
import org.spinepath.portal.client.BackendUnavailable;
import org.spinepath.portal.client.ContentClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Makes every citation in a triage result a link to the cited section of the cited (pinned)
 * article version in the portal, and marks it when a newer approved version of that article
 * exists (guideline drift). Works on any JSON shape: whatever object carries articleSlug,
 * version and section is a citation.
 */
@RequestScoped
public class Citations {

    @Inject
    @RestClient
    ContentClient content;

    private final Map<String, Integer> current = new HashMap<>();

    public JsonNode annotate(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.hasNonNull("articleSlug") && object.has("version") && object.hasNonNull("section")) {
                String slug = object.get("articleSlug").asText();
                int version = object.get("version").asInt();
                object.put("href", "/articles/" + slug + "/versions/" + version + "#" + object.get("section").asText());
                Integer newest = currentVersion(slug);
                if (newest != null && newest > version) {
                    object.put("newerVersion", newest);
                }
            }
            object.properties().forEach(e -> annotate(e.getValue()));
        } else if (node != null && node.isArray()) {
            node.forEach(this::annotate);
        }
        return node;
    }

    private Integer currentVersion(String slug) {
        return current.computeIfAbsent(slug, s -> {
            try {
                JsonNode article = Backend.json("content service", () -> content.current(s, "clinician"));
                return article.path("version").isInt() ? article.path("version").asInt() : null;
            } catch (BackendUnavailable | jakarta.ws.rs.NotFoundException | org.spinepath.portal.client.BackendProblem e) {
                // The result still shows; only the drift note is missing.
                return null;
            }
        });
    }
}
