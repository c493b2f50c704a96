package org.terrain.codingschemes;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * How the demo project is coded with the starter codebook: a YAML list of codings, each naming its source file,
 * a code path and a quotation copied exactly from the file (format in the module's README). Quotations rather
 * than offsets, so that the file stays readable and survives edits elsewhere in the texts.
 */
public final class DemoCoding {
    private static final List<String> KEYS = List.of("source", "code", "quote", "memo");

    /**
     * @param source   file name of the text, e.g. {@code entretien-martine-saint-fons.txt}
     * @param codePath the code, in the starter codebook
     * @param quote    an exact substring of the text
     * @param memo     an analytic memo, or null
     */
    public record Entry(String source, CodePath codePath, String quote, String memo) {
        /** Where the quote starts in the text (UTF-16 index), when it occurs there exactly once. */
        public OptionalInt findIn(String text) {
            int first = text.indexOf(quote);
            return first >= 0 && text.indexOf(quote, first + 1) < 0 ? OptionalInt.of(first) : OptionalInt.empty();
        }
    }

    private DemoCoding() {
    }

    /**
     * Reads the whole list; the stream is not closed. The file ships with Terrain, so any problem, even an
     * unknown key, is refused.
     *
     * @throws IllegalArgumentException listing every problem with its line
     */
    public static List<Entry> load(InputStream in) {
        String source = "demo-coding.yaml";
        List<Diagnostic> problems = new ArrayList<>();
        Optional<Node> root = SafeYaml.read(in, source, problems);
        List<Entry> entries = new ArrayList<>();
        if (root.isPresent() && root.get() instanceof SequenceNode list) {
            YamlFields yaml = new YamlFields(source, problems);
            for (Node item : list.getValue()) {
                entry(item, yaml).ifPresent(entries::add);
            }
        } else if (problems.isEmpty()) {
            problems.add(new Diagnostic(Diagnostic.Severity.ERROR, source, "expected a list of codings"));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.stream().map(Diagnostic::toString)
                    .collect(Collectors.joining("\n", "bad demo coding:\n", "")));
        }
        return List.copyOf(entries);
    }

    private static Optional<Entry> entry(Node item, YamlFields yaml) {
        if (!(item instanceof MappingNode mapping)) {
            yaml.error(item, null, "a coding is a mapping with source, code, quote and memo");
            return Optional.empty();
        }
        Map<String, Node> fields = yaml.fields(mapping, KEYS, "a coding", null);
        String source = yaml.text(fields, "source", null);
        String code = yaml.text(fields, "code", null);
        // The quote is kept as written: stripping could change what has to be found in the text.
        String quote = fields.get("quote") instanceof ScalarNode scalar && !YamlFields.isNull(scalar)
                ? scalar.getValue() : null;
        if (source == null || code == null || quote == null || quote.isBlank()) {
            yaml.error(mapping, null, "a coding needs source, code and quote");
            return Optional.empty();
        }
        try {
            return Optional.of(new Entry(source, CodePath.parse(code), quote, yaml.text(fields, "memo", null)));
        } catch (IllegalArgumentException e) {
            yaml.error(fields.get("code"), null, "bad code path '" + code + "': " + e.getMessage());
            return Optional.empty();
        }
    }
}
