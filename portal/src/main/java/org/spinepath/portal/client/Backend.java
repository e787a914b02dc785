package org.spinepath.portal.client;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * Turns a service's answer into what a page needs. Services answer JSON; pages render plain maps
 * and lists, so a field a service does not send (an older contract, an unknown answer) simply does
 * not show. A service that cannot be reached or fails becomes {@link BackendUnavailable} (a 503
 * page naming it), a refusal becomes the portal's own 403 or 404 page, and a validation problem
 * becomes {@link BackendProblem} for the form to show next to its fields.
 */
public final class Backend {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private Backend() {
    }

    /** Calls a service; any transport failure means the service is down for the user. */
    public static Response call(String service, Supplier<Response> request) {
        Response response;
        try {
            response = request.get();
        } catch (ProcessingException e) {
            throw new BackendUnavailable(service, e);
        }
        int status = response.getStatus();
        if (status >= 500) {
            response.close();
            throw new BackendUnavailable(service, null);
        }
        if (status == 401 || status == 403) {
            response.close();
            throw new ForbiddenException();
        }
        return response;
    }

    /** Calls a service and reads its JSON answer; 404 becomes the not-found page, other 4xx a problem. */
    public static JsonNode json(String service, Supplier<Response> request) {
        Response response = call(service, request);
        int status = response.getStatus();
        if (status == 404) {
            response.close();
            throw new NotFoundException();
        }
        JsonNode body = body(response);
        if (status >= 400) {
            throw new BackendProblem(status, body);
        }
        return body;
    }

    public static JsonNode body(Response response) {
        try (response) {
            if (!response.hasEntity()) {
                return NullNode.getInstance();
            }
            String text = response.readEntity(String.class);
            return text == null || text.isBlank() ? NullNode.getInstance() : JSON.readTree(text);
        } catch (Exception e) {
            throw new BackendUnavailable("a service (unreadable answer)", e);
        }
    }

    /** JSON as maps, lists and scalars, which templates read by name. */
    public static Map<String, Object> map(JsonNode node) {
        return node == null || !node.isObject() ? Map.of() : JSON.convertValue(node, new TypeReference<>() {
        });
    }

    public static List<Object> list(JsonNode node) {
        return node == null || !node.isArray() ? List.of() : JSON.convertValue(node, new TypeReference<>() {
        });
    }

    public static ObjectMapper mapper() {
        return JSON;
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }
}
