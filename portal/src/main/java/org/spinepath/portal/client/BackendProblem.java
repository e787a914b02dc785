package org.spinepath.portal.client;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** A service refused a request with RFC 9457 problem details; the page shows them next to the fields. */
public class BackendProblem extends RuntimeException {

    private final int status;
    private final JsonNode problem;

    public BackendProblem(int status, JsonNode problem) {
        super(problem.path("detail").asText(problem.path("title").asText("request refused")));
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    /** Field path (as the service names it, e.g. {@code imaging.schmorlNodes[1].sizeMm}) to message. */
    public Map<String, String> fieldErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode error : problem.path("errors")) {
            String field = error.path("field").asText(error.path("pointer").asText(""));
            String message = error.path("message").asText(error.path("detail").asText("is not valid"));
            errors.merge(field.isEmpty() ? "" : field, message, (a, b) -> a + "; " + b);
        }
        return errors;
    }
}
