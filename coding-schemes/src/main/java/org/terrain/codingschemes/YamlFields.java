package org.terrain.codingschemes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads mappings that people wrote by hand: keys are checked against the expected ones, values are taken as
 * plain text whatever YAML would make of them ({@code 1979} or {@code true} stay text), and every surprise
 * becomes a diagnostic at its line and column.
 */
final class YamlFields {
    private final String source;
    private final List<Diagnostic> out;

    YamlFields(String source, List<Diagnostic> out) {
        this.source = source;
        this.out = out;
    }

    /**
     * The values of a mapping by key, in file order. A repeated key is an ERROR (which one did the author
     * mean?); an unknown key is a WARNING and is left out.
     *
     * @param owner how to name the mapping in messages, e.g. "a code"
     * @param code  the code the mapping belongs to, for places; null if none
     */
    Map<String, Node> fields(MappingNode mapping, List<String> known, String owner, CodePath code) {
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, Node> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                error(tuple.getKeyNode(), code, "a key must be a plain word such as 'name'");
                continue;
            }
            String key = keyNode.getValue();
            if (keys.containsKey(key)) {
                error(keyNode, code, "the key '" + key + "' is given twice (first at line "
                        + line(keys.get(key)) + ")");
            } else if (!known.contains(key)) {
                warning(keyNode, code, "unknown key '" + key + "' is ignored; " + owner + " has: "
                        + String.join(", ", known));
            } else {
                fields.put(key, tuple.getValueNode());
            }
            keys.putIfAbsent(key, keyNode);
        }
        return fields;
    }

    /** The text of a field, stripped; null when the field is absent, empty or {@code ~}. */
    String text(Map<String, Node> fields, String key, CodePath code) {
        Node node = fields.get(key);
        if (node == null || isNull(node)) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            error(node, code, "'" + key + "' must be text (for several lines, write '" + key + ": |' and indent"
                    + " the lines below)");
            return null;
        }
        String text = scalar.getValue().strip();
        return text.isEmpty() ? null : text;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    String place(Node node, CodePath code) {
        return Places.of(source, line(node), column(node), code);
    }

    void error(Node node, CodePath code, String message) {
        out.add(new Diagnostic(Diagnostic.Severity.ERROR, place(node, code), message));
    }

    void warning(Node node, CodePath code, String message) {
        out.add(new Diagnostic(Diagnostic.Severity.WARNING, place(node, code), message));
    }

    /** 1-based line, 0 if unknown. */
    static int line(Node node) {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
    }

    private static int column(Node node) {
        return node.getStartMark().map(mark -> mark.getColumn() + 1).orElse(0);
    }
}
