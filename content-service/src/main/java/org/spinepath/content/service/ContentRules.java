package org.spinepath.content.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.spinepath.common.problem.ProblemException;
import org.spinepath.content.domain.Audience;
import org.spinepath.content.service.ArticleContent.SectionContent;
import org.spinepath.content.service.ArticleContent.VariantContent;

/**
 * The rules that keep citations valid across versions, beyond what Bean Validation checks on
 * single fields: every audience is present exactly once, anchors are unique within a variant,
 * both variants carry the same anchors, and no anchor of the previously published version
 * disappears.
 */
public final class ContentRules {

    private ContentRules() {
    }

    /**
     * @param publishedAnchors the anchors of the article's current approved version (empty for a new article)
     * @throws ProblemException 422 naming the first rule broken
     */
    public static void check(ArticleContent content, Collection<String> publishedAnchors) {
        List<String> problems = problems(content, publishedAnchors);
        if (!problems.isEmpty()) {
            throw new ProblemException(422, "invalid-content", "Invalid article content", String.join("; ", problems));
        }
    }

    static List<String> problems(ArticleContent content, Collection<String> publishedAnchors) {
        List<String> problems = new ArrayList<>();
        Set<Audience> seen = EnumSet.noneOf(Audience.class);
        Set<String> referenceAnchors = null;
        Audience reference = null;
        for (int i = 0; i < content.variants().size(); i++) {
            VariantContent variant = content.variants().get(i);
            String path = "variants[" + i + "]";
            if (!seen.add(variant.audience())) {
                problems.add(path + ".audience: " + variant.audience().code() + " appears more than once");
                continue;
            }
            Set<String> anchors = new LinkedHashSet<>();
            Set<String> duplicates = new LinkedHashSet<>();
            for (SectionContent section : variant.sections()) {
                if (!anchors.add(section.anchor())) {
                    duplicates.add(section.anchor());
                }
            }
            if (!duplicates.isEmpty()) {
                problems.add(path + ".sections: anchor " + String.join(", ", duplicates) + " used more than once");
            }
            Set<String> missing = new LinkedHashSet<>(publishedAnchors);
            missing.removeAll(anchors);
            if (!missing.isEmpty()) {
                problems.add(path + ".sections: anchors " + String.join(", ", missing) + " of the published version"
                        + " are missing; an anchor may change its text but never disappear, or citations break");
            }
            if (referenceAnchors == null) {
                referenceAnchors = anchors;
                reference = variant.audience();
            } else if (!new HashSet<>(referenceAnchors).equals(new HashSet<>(anchors))) {
                problems.add(path + ".sections: the " + variant.audience().code() + " variant must have the same anchors"
                        + " as the " + reference.code() + " variant");
            }
        }
        for (Audience audience : Audience.values()) {
            if (!seen.contains(audience)) {
                problems.add("variants: the " + audience.code() + " variant is missing");
            }
        }
        return problems;
    }
}
