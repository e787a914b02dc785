package org.spinepath.content.domain;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who a variant of an article is written for. Both variants of a version carry the same section
 * anchors, so a citation resolves in either.
 */
public enum Audience {
    CLINICIAN,
    PATIENT;

    /** Regular expression of the values accepted in {@code ?audience=}. */
    public static final String PARAM_PATTERN = "clinician|patient";

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Audience fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown audience " + code
                        + "; expected clinician or patient"));
    }
}
