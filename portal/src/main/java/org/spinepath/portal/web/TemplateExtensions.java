package org.spinepath.portal.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

/** Formatting helpers for templates; they read values as the services send them (strings). */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'", Locale.UK)
            .withZone(ZoneId.of("UTC"));

    /** {@code POOR_STREAM_OR_STRAINING} or {@code serious-spinal-pathology} → "Poor stream or straining". */
    static String words(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString().replace('_', ' ').replace('-', ' ').toLowerCase(Locale.UK);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The time frame pathways.md section 3 gives each urgency. */
    static String timeFrame(Object urgency) {
        return switch (String.valueOf(urgency)) {
            case "EMERGENCY" -> "Refer to a specialist immediately (the same hour).";
            case "URGENT" -> "Refer to a specialist without delay (within 24 hours).";
            case "SOON" -> "Specialist assessment within weeks.";
            case "ROUTINE" -> "Manage in primary care, with reassessment.";
            case "SELF_CARE" -> "No treatment needed; reassurance.";
            default -> "";
        };
    }

    static String when(Object instant) {
        if (instant == null) {
            return "";
        }
        try {
            return WHEN.format(Instant.parse(instant.toString()));
        } catch (RuntimeException notAnInstant) {
            return instant.toString();
        }
    }

    /** A section body as plain paragraphs (blank-line separated); shown as text, never as markup. */
    static java.util.List<String> paragraphs(Object body) {
        if (body == null) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(body.toString().split("\\n\\s*\\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    /**
     * A search snippet: the service marks matches with {@code <mark>}; everything else in it is
     * the article's text, so it is escaped and only the marks are kept as markup.
     */
    static RawString marked(Object snippet) {
        String escaped = snippet == null ? "" : escape(snippet.toString());
        return new RawString(escaped.replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>"));
    }

    static String lower(Object value) {
        return value == null ? "" : value.toString().toLowerCase(Locale.ROOT);
    }

    static long previous(Object number) {
        return Long.parseLong(String.valueOf(number)) - 1;
    }

    static long next(Object number) {
        return Long.parseLong(String.valueOf(number)) + 1;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
