package org.terrain.codingschemes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Turns the YAML tree of a codebook file into a {@link Codebook}, noting each code's line. It reports what is
 * wrong with the file's shape (unknown keys, a list where text was expected) and keeps going, so that one load
 * shows every problem; what is wrong with the codebook itself is the validator's job.
 */
final class CodebookReader {
    static final List<String> CODEBOOK_KEYS = List.of("name", "language", "description", "codes", "groups");
    static final List<String> GROUP_KEYS = List.of("name", "description", "codes");
    static final List<String> CODE_KEYS =
            List.of("name", "color", "definition", "inclusion", "exclusion", "example", "codes");

    private final YamlFields yaml;
    private final CodeLines lines;

    CodebookReader(String source, CodeLines lines, List<Diagnostic> out) {
        this.yaml = new YamlFields(source, out);
        this.lines = lines;
    }

    /** Empty when the file is not a mapping at all: there is no codebook to speak of. */
    Optional<Codebook> read(Node root) {
        if (!(root instanceof MappingNode mapping)) {
            yaml.error(root, null, "a codebook file starts with 'name:', 'language:', 'description:' and 'codes:'");
            return Optional.empty();
        }
        Map<String, Node> fields = yaml.fields(mapping, CODEBOOK_KEYS, "a codebook", null);
        return Optional.of(new Codebook(
                orEmpty(yaml.text(fields, "name", null)),
                orEmpty(yaml.text(fields, "language", null)),
                orEmpty(yaml.text(fields, "description", null)),
                readCodes(fields.get("codes"), null),
                readGroups(fields.get("groups"))));
    }

    /** {@code groups:} a list of {@code - name:}, {@code description:}, {@code codes:} (paths, {@code a/b}). */
    private List<CodeGroup> readGroups(Node node) {
        if (node == null || YamlFields.isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            yaml.error(node, null, "'groups' must be a list: each group starts with '- name:' on its own line");
            return List.of();
        }
        List<CodeGroup> groups = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                yaml.error(item, null, "each entry of 'groups' must be a group with 'name:' and 'codes:'");
                continue;
            }
            Map<String, Node> fields = yaml.fields(mapping, GROUP_KEYS, "a group", null);
            CodeGroup group = new CodeGroup(orEmpty(yaml.text(fields, "name", null)),
                    yaml.text(fields, "description", null), memberPaths(fields.get("codes")));
            lines.put(group, YamlFields.line(mapping));
            groups.add(group);
        }
        return groups;
    }

    private List<CodePath> memberPaths(Node node) {
        if (node == null || YamlFields.isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            yaml.error(node, null, "a group's 'codes' must be a list of code paths, one '- a/b' a line");
            return List.of();
        }
        List<CodePath> paths = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar) || YamlFields.isNull(item) || scalar.getValue().isBlank()) {
                yaml.error(item, null, "a group's code is written as its path, e.g. '- Pratiques/Apprentissage'");
                continue;
            }
            try {
                paths.add(CodePath.parse(scalar.getValue().strip()));
            } catch (IllegalArgumentException e) {
                yaml.error(item, null, "'" + scalar.getValue() + "' is not a code path: " + e.getMessage());
            }
        }
        return paths;
    }

    private List<CodeDefinition> readCodes(Node node, CodePath parent) {
        if (node == null || YamlFields.isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            yaml.error(node, parent, "'codes' must be a list: each code starts with '- name:' on its own line");
            return List.of();
        }
        List<CodeDefinition> codes = new ArrayList<>();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            readCode(items.get(i), parent, i).ifPresent(codes::add);
        }
        return codes;
    }

    private Optional<CodeDefinition> readCode(Node node, CodePath parent, int index) {
        if (!(node instanceof MappingNode mapping)) {
            yaml.error(node, parent, "each entry of 'codes' must be a code with 'name:', 'definition:'…");
            return Optional.empty();
        }
        // The path is needed to place the code's own problems, so its name is looked up first.
        CodePath path = Places.pathOf(parent, rawName(mapping), index);
        Map<String, Node> fields = yaml.fields(mapping, CODE_KEYS, "a code", path);
        CodeDefinition code = new CodeDefinition(
                yaml.text(fields, "name", path),
                color(fields, path),
                yaml.text(fields, "definition", path),
                yaml.text(fields, "inclusion", path),
                yaml.text(fields, "exclusion", path),
                yaml.text(fields, "example", path),
                readCodes(fields.get("codes"), path));
        lines.put(code, YamlFields.line(mapping));
        return Optional.of(code);
    }

    /**
     * A colour in {@code #RGB} or any case is normalised to {@code #RRGGBB}; anything else is kept as written
     * for the validator to report.
     */
    private String color(Map<String, Node> fields, CodePath path) {
        String color = yaml.text(fields, "color", path);
        if (color == null && fields.containsKey("color")) {
            // In YAML an unquoted # starts a comment, so «color: #4E79A7» reads as an empty colour.
            yaml.warning(fields.get("color"), path,
                    "'color' is empty: write the colour in quotes, e.g. color: \"#4E79A7\"");
        }
        if (color == null) {
            return null;
        }
        try {
            return CodeColors.normalize(color);
        } catch (IllegalArgumentException notAColour) {
            return color;
        }
    }

    private static String rawName(MappingNode mapping) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("name")
                    && tuple.getValueNode() instanceof ScalarNode value && !YamlFields.isNull(value)) {
                return value.getValue();
            }
        }
        return null;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
