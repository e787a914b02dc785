package org.spinepath.portal.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.TemplateData;

/**
 * What the clinician typed into the new-case form, and the case JSON made from it. Only answered
 * questions go into the JSON: "Unknown" is every question's default and is sent as absent, which
 * the case model reads as unknown (never as "no"). Numbers that do not parse are sent as typed, so
 * the service's own validation names the field; the portal decides nothing clinical.
 */
@TemplateData
public final class CaseForm {

    private static final Pattern NODE = Pattern.compile("imaging\\.schmorlNodes\\[(\\d+)]\\.(\\w+)");
    private static final int MAX_NODES = 20;

    private final Map<String, String> answers = new LinkedHashMap<>();
    private final String idempotencyKey;
    private int nodeCount;

    private CaseForm(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public static CaseForm empty() {
        return new CaseForm(UUID.randomUUID().toString());
    }

    /**
     * Reads the posted form. Schmorl's node rows left entirely empty are dropped and the rest
     * renumbered, so the indexes the service names in its errors are the rows the clinician sees.
     */
    public static CaseForm from(MultivaluedMap<String, String> params) {
        return read(params, false);
    }

    /** While the clinician is still adding rows: keep the empty ones where they are. */
    public static CaseForm withRowsAsPosted(MultivaluedMap<String, String> params) {
        return read(params, true);
    }

    private static CaseForm read(MultivaluedMap<String, String> params, boolean keepEmptyRows) {
        String key = params.getFirst("idempotencyKey");
        CaseForm form = new CaseForm(key == null || key.isBlank() ? UUID.randomUUID().toString() : key);
        for (Question q : CaseQuestions.all()) {
            String value = params.getFirst(q.path());
            if (value != null && !value.isBlank()) {
                form.answers.put(q.path(), value.strip());
            }
        }
        Map<Integer, Map<String, String>> nodes = new java.util.TreeMap<>();
        params.forEach((name, values) -> {
            Matcher m = NODE.matcher(name);
            if (m.matches() && !values.isEmpty() && values.get(0) != null && !values.get(0).isBlank()) {
                int index = Integer.parseInt(m.group(1));
                if (index < MAX_NODES) {
                    nodes.computeIfAbsent(index, i -> new LinkedHashMap<>()).put(m.group(2), values.get(0).strip());
                }
            }
        });
        int next = 0;
        for (Map.Entry<Integer, Map<String, String>> node : nodes.entrySet()) {
            int index = keepEmptyRows ? node.getKey() : next;
            for (Map.Entry<String, String> e : node.getValue().entrySet()) {
                form.answers.put("imaging.schmorlNodes[" + index + "]." + e.getKey(), e.getValue());
            }
            next = index + 1;
        }
        form.nodeCount = keepEmptyRows ? Math.max(next, Math.min(postedRows(params), MAX_NODES)) : next;
        return form;
    }

    private static int postedRows(MultivaluedMap<String, String> params) {
        try {
            return Math.max(0, Integer.parseInt(params.getFirst("nodes")));
        } catch (NumberFormatException | NullPointerException none) {
            return 0;
        }
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public int nodeCount() {
        return nodeCount;
    }

    public CaseForm withExtraNode() {
        nodeCount = Math.min(nodeCount + 1, MAX_NODES);
        return this;
    }

    public String value(String path) {
        return answers.getOrDefault(path, "");
    }

    public boolean isEmpty() {
        return answers.isEmpty();
    }

    /** Whether every question of a red-flag group has an answer (yes or no, or a value). */
    public boolean groupAnswered(String group) {
        return CaseQuestions.all().stream().filter(q -> group.equals(q.redFlagGroup()))
                .allMatch(q -> answers.containsKey(q.path()));
    }

    public List<Question> unansweredIn(String group) {
        return CaseQuestions.all().stream().filter(q -> group.equals(q.redFlagGroup()))
                .filter(q -> !answers.containsKey(q.path())).toList();
    }

    /** The case JSON: nested as the case model is, answered fields only. */
    public ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        List<Question> questions = new ArrayList<>(CaseQuestions.all());
        for (int i = 0; i < nodeCount; i++) {
            questions.addAll(CaseQuestions.schmorlNode(i));
        }
        for (Question q : questions) {
            String value = answers.get(q.path());
            if (value == null) {
                continue;
            }
            ObjectNode parent = parentOf(root, q.path());
            String name = q.name();
            switch (q.kind()) {
                case YES_NO -> {
                    if (value.equals("true") || value.equals("false")) {
                        parent.put(name, Boolean.parseBoolean(value));
                    } else {
                        parent.put(name, value);
                    }
                }
                case WHOLE_NUMBER, DECIMAL -> {
                    try {
                        BigDecimal number = new BigDecimal(value);
                        if (q.kind() == Question.Kind.WHOLE_NUMBER && number.scale() <= 0) {
                            parent.put(name, number.toBigIntegerExact());
                        } else {
                            parent.put(name, number);
                        }
                    } catch (NumberFormatException | ArithmeticException notANumber) {
                        parent.put(name, value);
                    }
                }
                default -> parent.put(name, value);
            }
        }
        return root;
    }

    private static ObjectNode parentOf(ObjectNode root, String path) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            Matcher m = Pattern.compile("(\\w+)\\[(\\d+)]").matcher(parts[i]);
            if (m.matches()) {
                var array = node.has(m.group(1)) ? (com.fasterxml.jackson.databind.node.ArrayNode) node.get(m.group(1))
                        : node.putArray(m.group(1));
                int index = Integer.parseInt(m.group(2));
                while (array.size() <= index) {
                    array.addObject();
                }
                node = (ObjectNode) array.get(index);
            } else {
                node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
            }
        }
        return node;
    }
}
