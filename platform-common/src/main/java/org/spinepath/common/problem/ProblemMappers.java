package org.spinepath.common.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every client error into RFC 9457 problem+json that names the failing field, so a portal
 * or an EHR integration can show the clinician exactly what to correct.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, @Context UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        Problem problem = Problem.of(400, "validation", "Invalid request",
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are invalid")
                .withErrors(errors);
        return respond(problem, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(MismatchedInputException e, @Context UriInfo uri) {
        return respond(jsonProblem(e), uri);
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, @Context UriInfo uri) {
        if (e instanceof JsonMappingException mapping) {
            return respond(jsonProblem(mapping), uri);
        }
        return respond(Problem.of(400, "malformed-json", "Malformed JSON", "the request body is not valid JSON: "
                + e.getOriginalMessage()), uri);
    }

    @ServerExceptionMapper
    public Response business(ProblemException e, @Context UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, @Context UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 401 || status == 403) {
            return e.getResponse();
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return respond(Problem.of(status, title.toLowerCase().replace(' ', '-'), title, e.getMessage()), uri);
    }

    /**
     * The database gone (failing over, restarting, unreachable, out of connections) is a passing
     * condition, not a fault of the request: 503 with Retry-After, so clients and the portal send
     * the same request again (an Idempotency-Key makes that safe). Nothing was committed.
     */
    @ServerExceptionMapper
    public Response persistence(jakarta.persistence.PersistenceException e, @Context UriInfo uri) {
        return storageFailure(e, uri);
    }

    @ServerExceptionMapper
    public Response sql(java.sql.SQLException e, @Context UriInfo uri) {
        return storageFailure(e, uri);
    }

    private static Response storageFailure(Exception e, UriInfo uri) {
        if (!DatabaseUnavailable.is(e)) {
            LOG.error("request failed", e);
            return respond(Problem.of(500, "internal-error", "Internal Server Error", "the request could not be "
                    + "completed; nothing was stored"), uri);
        }
        LOG.warnf("database unavailable, answered 503: %s", DatabaseUnavailable.rootMessage(e));
        Problem problem = Problem.of(503, "unavailable", "Service Unavailable",
                "the database is not reachable; nothing was stored, send the same request again");
        Problem withInstance = uri == null ? problem : problem.withInstance(uri.getPath());
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .entity(withInstance).build();
    }

    static Problem jsonProblem(JsonMappingException e) {
        String field = jsonPath(e.getPath());
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            field = field.isEmpty() ? unknown.getPropertyName() : field;
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants());
        } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            message = "must be a valid " + describe(mismatched.getTargetType());
        } else {
            message = e.getOriginalMessage();
        }
        String shown = field.isEmpty() ? "body" : field;
        return Problem.of(400, "validation", "Invalid request", shown + ": " + message)
                .withErrors(List.of(new Problem.FieldError(shown, message)));
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "value, one of " + Arrays.toString(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (List.class.isAssignableFrom(type)) {
            return "array";
        }
        return type.getSimpleName() + " object";
    }

    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            }
        }
        return sb.toString();
    }

    /**
     * The path of a violation relative to the request: method and parameter nodes are dropped,
     * unless the parameter itself (a header or query parameter) is what failed.
     */
    static String fieldPath(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER || node.getKind() == ElementKind.CROSS_PARAMETER) {
                parameter = node.getName();
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            if (node.getIndex() != null) {
                if (!parts.isEmpty()) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
                }
                if (!name.isEmpty() && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                    parts.add(name);
                }
                continue;
            }
            if (!name.isEmpty() && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        if (parts.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", parts);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        Problem withInstance = uri == null ? problem : problem.withInstance(uri.getPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(withInstance).build();
    }
}
