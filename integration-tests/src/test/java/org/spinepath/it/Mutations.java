package org.spinepath.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Seeded mutations of a valid case, for the fuzz of the attack suite: wrong types, out-of-range
 * and absurd values, unknown fields and enum values, broken JSON, deep nesting, long arrays and
 * strings, control characters. Each mutant applies one to three of them.
 */
final class Mutations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Mutations() {
    }

    static String mutate(String caseJson, Random random) {
        ObjectNode root;
        try {
            root = (ObjectNode) JSON.readTree(caseJson);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
        int operations = 1 + random.nextInt(3);
        JsonNode mutated = root;
        for (int i = 0; i < operations; i++) {
            int op = random.nextInt(12);
            switch (op) {
                case 0 -> replaceLeaf(root, random, wrongType(random));
                case 1 -> replaceLeaf(root, random, NODES.numberNode(random.nextBoolean() ? -1 : 2_000_000_000));
                case 2 -> replaceLeaf(root, random, NODES.textNode("NOT_AN_ENUM_" + random.nextInt(1000)));
                case 3 -> randomObject(root, random).put("unknown" + random.nextInt(100), random.nextInt());
                case 4 -> removeField(root, random);
                case 5 -> randomObject(root, random).set("deep", nest(20 + random.nextInt(40)));
                case 6 -> randomObject(root, random).set("list", longArray(101 + random.nextInt(500)));
                case 7 -> replaceLeaf(root, random, NODES.textNode("x".repeat(10_001 + random.nextInt(5000))));
                case 8 -> replaceLeaf(root, random, NODES.textNode("\u0000\u202e<script>\uD83D\uDE00'\"--"));
                case 9 -> replaceLeaf(root, random, NODES.numberNode(new java.math.BigDecimal("1e400")));
                case 10 -> mutated = random.nextBoolean() ? NODES.arrayNode().add(root) : NODES.textNode("case");
                default -> replaceLeaf(root, random, NODES.nullNode());
            }
        }
        String text = mutated.toString();
        if (random.nextInt(20) == 0) {
            return text.substring(0, random.nextInt(Math.max(1, text.length())));
        }
        return text;
    }

    private static JsonNode wrongType(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> NODES.textNode("maybe");
            case 1 -> NODES.booleanNode(true);
            case 2 -> NODES.arrayNode().add(1);
            case 3 -> NODES.objectNode().put("x", 1);
            default -> NODES.numberNode(3.5);
        };
    }

    private static JsonNode nest(int depth) {
        JsonNode node = NODES.numberNode(1);
        for (int i = 0; i < depth; i++) {
            node = NODES.objectNode().set("a", node);
        }
        return node;
    }

    private static ArrayNode longArray(int length) {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < length; i++) {
            array.add(NODES.objectNode().put("sizeMm", i));
        }
        return array;
    }

    private static List<ObjectNode> objects(ObjectNode root) {
        List<ObjectNode> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode object) {
            into.add(object);
        }
        node.forEach(child -> collect(child, into));
    }

    private static ObjectNode randomObject(ObjectNode root, Random random) {
        List<ObjectNode> all = objects(root);
        return all.get(random.nextInt(all.size()));
    }

    private static void replaceLeaf(ObjectNode root, Random random, JsonNode value) {
        ObjectNode parent = randomObject(root, random);
        List<String> names = new ArrayList<>();
        parent.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            parent.set("empty", value);
            return;
        }
        parent.set(names.get(random.nextInt(names.size())), value);
    }

    private static void removeField(ObjectNode root, Random random) {
        ObjectNode parent = randomObject(root, random);
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(parent.properties());
        if (!fields.isEmpty()) {
            parent.remove(fields.get(random.nextInt(fields.size())).getKey());
        }
    }
}
