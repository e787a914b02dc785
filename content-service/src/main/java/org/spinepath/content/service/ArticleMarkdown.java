package org.spinepath.content.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spinepath.content.domain.Audience;
import org.spinepath.content.service.ArticleContent.SectionContent;
import org.spinepath.content.service.ArticleContent.VariantContent;

/**
 * Reads one audience variant of a bundled article. The format is plain Markdown with two
 * conventions: the first line is {@code # Title}, and each section starts with
 * {@code ## Heading {#anchor}}. Everything up to the next section heading is the section's body.
 */
public final class ArticleMarkdown {

    private static final Pattern TITLE = Pattern.compile("^# (.+)$");
    private static final Pattern SECTION = Pattern.compile("^## (.+?)\\s*\\{#(" + ArticleContent.ANCHOR + ")}\\s*$");

    private ArticleMarkdown() {
    }

    /**
     * @param name where the text came from, for error messages
     * @throws IllegalArgumentException when the text does not follow the format
     */
    public static VariantContent parse(Audience audience, String text, String name) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        Matcher title = i < lines.length ? TITLE.matcher(lines[i]) : null;
        if (title == null || !title.matches()) {
            throw new IllegalArgumentException(name + ": the first line must be '# Title'");
        }
        List<SectionContent> sections = new ArrayList<>();
        String heading = null;
        String anchor = null;
        StringBuilder body = new StringBuilder();
        for (i++; i < lines.length; i++) {
            String line = lines[i];
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                if (anchor != null) {
                    sections.add(new SectionContent(anchor, heading, body.toString().strip()));
                }
                heading = section.group(1).strip();
                anchor = section.group(2);
                body.setLength(0);
            } else if (line.startsWith("## ")) {
                throw new IllegalArgumentException(name + " line " + (i + 1) + ": section heading without {#anchor}");
            } else if (anchor == null) {
                if (!line.isBlank()) {
                    throw new IllegalArgumentException(name + " line " + (i + 1) + ": text before the first section");
                }
            } else {
                body.append(line).append('\n');
            }
        }
        if (anchor != null) {
            sections.add(new SectionContent(anchor, heading, body.toString().strip()));
        }
        if (sections.isEmpty()) {
            throw new IllegalArgumentException(name + ": no sections");
        }
        return new VariantContent(audience, title.group(1).strip(), sections);
    }
}
