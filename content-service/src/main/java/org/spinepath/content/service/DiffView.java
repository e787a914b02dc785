package org.spinepath.content.service;

import java.util.List;

import org.spinepath.content.domain.Audience;
import org.spinepath.content.domain.TextDiff;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What changed in one audience variant between two versions, section by section. */
public record DiffView(String slug, Audience audience, int from, int to, TitleChange title, List<SectionDiff> sections) {

    public enum Change {
        ADDED,
        REMOVED,
        MODIFIED,
        UNCHANGED
    }

    public record TitleChange(String before, String after, boolean changed) {
    }

    /** {@code edits} is the word-level diff of the body; empty for an unchanged section. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SectionDiff(String anchor, Change change, String headingBefore, String headingAfter,
            List<TextDiff.Edit> edits) {
    }
}
