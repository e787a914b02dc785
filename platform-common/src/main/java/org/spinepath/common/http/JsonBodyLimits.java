package org.spinepath.common.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.spinepath.common.config.PlatformConfig;
import org.spinepath.common.problem.Problem;
import org.spinepath.common.problem.ProblemException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The bounds of a JSON request body: its size (413), the depth of its nesting, the length of each
 * array and of each string, control characters in strings (400, naming the JSON path). Malformed JSON is left for the binder to
 * report.
 */
@ApplicationScoped
public class JsonBodyLimits {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final PlatformConfig.Limits limits;

    public JsonBodyLimits(PlatformConfig config) {
        this.limits = config.limits();
    }

    byte[] readBounded(InputStream in) throws IOException {
        byte[] body = in.readNBytes(limits.maxBodyBytes() + 1);
        if (body.length > limits.maxBodyBytes()) {
            throw new ProblemException(Problem.of(413, "body-too-large", "Request body too large",
                    "the body must be at most " + limits.maxBodyBytes() + " bytes"));
        }
        return body;
    }

    /** Walks the tokens once, with Jackson's parsing context as the path. */
    void check(byte[] body) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken token;
            while ((token = parseNext(parser)) != null) {
                boolean opens = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
                if (!opens && !token.isScalarValue()) {
                    continue;
                }
                JsonStreamContext container = opens ? parser.getParsingContext().getParent()
                        : parser.getParsingContext();
                if (container != null && container.inArray() && container.getCurrentIndex() >= limits.maxArrayLength()) {
                    throw invalid(pathOf(container), "has more than " + limits.maxArrayLength() + " elements");
                }
                if (opens && parser.getParsingContext().getNestingDepth() > limits.maxJsonDepth()) {
                    throw invalid(pathOf(container), "nests deeper than " + limits.maxJsonDepth() + " levels");
                }
                if (token == JsonToken.VALUE_STRING) {
                    if (parser.getTextLength() > limits.maxStringLength()) {
                        throw invalid(pathOf(parser.getParsingContext()),
                                "is longer than " + limits.maxStringLength() + " characters");
                    }
                    if (hasControlCharacter(parser)) {
                        throw invalid(pathOf(parser.getParsingContext()), "contains a control character");
                    }
                }
            }
        }
    }

    /**
     * Text is stored as PostgreSQL text and jsonb, which cannot hold U+0000, and no clinical field
     * needs a control character other than tab and line breaks.
     */
    private static boolean hasControlCharacter(JsonParser parser) throws IOException {
        char[] text = parser.getTextCharacters();
        int end = parser.getTextOffset() + parser.getTextLength();
        for (int i = parser.getTextOffset(); i < end; i++) {
            char c = text[i];
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static JsonToken parseNext(JsonParser parser) {
        try {
            return parser.nextToken();
        } catch (IOException malformed) {
            return null;
        }
    }

    /** The JSON path of a context ({@code imaging.schmorlNodes}, {@code a[3].b}); {@code body} for the root. */
    static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.push(c.getCurrentName());
                parts.push(".");
            } else if (c.inArray() && c != context) {
                parts.push("[" + c.getCurrentIndex() + "]");
            }
        }
        String path = String.join("", parts);
        path = path.startsWith(".") ? path.substring(1) : path;
        return path.isEmpty() ? "body" : path;
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of(400, "validation", "Invalid request", field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }
}
