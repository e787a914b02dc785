package org.spinepath.portal.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

/**
 * The new-case form as the template renders it: each question with its current answer and, when
 * the service refused the case, the message for its field. Errors the form cannot place next to a
 * question still appear in the error summary.
 */
@TemplateData
public record FormView(CaseForm form, List<SectionView> sections, List<List<Field>> nodes, List<GroupView> groups,
        List<Error> errors) {

    @TemplateData
    public record Field(Question question, String id, String value, String error) {
        public boolean yes() {
            return "true".equals(value);
        }

        public boolean no() {
            return "false".equals(value);
        }

        public boolean unknown() {
            return value.isEmpty();
        }
    }

    @TemplateData
    public record SectionView(String id, String title, String description, List<Field> fields) {
    }

    @TemplateData
    public record GroupView(String group, String label, boolean answered, List<String> unanswered) {
    }

    @TemplateData
    public record Error(String href, String message) {
    }

    public static FormView of(CaseForm form, Map<String, String> fieldErrors) {
        Map<String, String> unplaced = new LinkedHashMap<>(fieldErrors);
        List<Error> errors = new ArrayList<>();
        List<SectionView> sections = new ArrayList<>();
        for (CaseQuestions.Section s : CaseQuestions.SECTIONS) {
            List<Field> fields = new ArrayList<>();
            for (Question q : s.questions()) {
                fields.add(field(form, q, "", unplaced, errors));
            }
            sections.add(new SectionView(s.id(), s.title(), s.description(), fields));
        }
        List<List<Field>> nodes = new ArrayList<>();
        for (int i = 0; i < form.nodeCount(); i++) {
            List<Field> node = new ArrayList<>();
            for (Question q : CaseQuestions.schmorlNode(i)) {
                node.add(field(form, q, "Schmorl's node " + (i + 1) + ", ", unplaced, errors));
            }
            nodes.add(node);
        }
        unplaced.forEach((path, message) -> errors.add(new Error("#case-form",
                (path.isEmpty() ? "" : path + ": ") + message)));
        List<GroupView> groups = CaseQuestions.RED_FLAG_GROUPS.stream().map(g -> new GroupView(g, label(g),
                form.groupAnswered(g), form.unansweredIn(g).stream().map(Question::label).toList())).toList();
        return new FormView(form, sections, nodes, groups, errors);
    }

    private static Field field(CaseForm form, Question q, String context, Map<String, String> unplaced,
            List<Error> errors) {
        String id = id(q.path());
        String error = unplaced.remove(q.path());
        if (error != null) {
            String label = context.isEmpty() ? q.label() : context + q.label().toLowerCase(java.util.Locale.UK);
            errors.add(new Error("#" + id, label + ": " + error));
        }
        return new Field(q, id, form.value(q.path()), error);
    }

    public static String id(String path) {
        return "f-" + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    public static String label(String group) {
        return switch (group) {
            case CaseQuestions.CAUDA_EQUINA -> "Cauda equina";
            case CaseQuestions.CORD_COMPRESSION -> "Cord compression";
            case CaseQuestions.CANCER -> "Cancer";
            case CaseQuestions.INFECTION -> "Infection";
            case CaseQuestions.FRACTURE -> "Fracture";
            case CaseQuestions.VASCULAR -> "Vascular";
            default -> group;
        };
    }
}
