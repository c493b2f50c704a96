package org.terrain.codingschemes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Turns a YAML file into a node tree without ever building objects from it, so that a file from anywhere is safe
 * to open: nodes keep their line and column, and every failure becomes an ERROR diagnostic instead of an
 * exception.
 *
 * <p>Limits: {@value #MAX_BYTES} bytes of UTF-8; {@value #MAX_NESTING} levels of nested lists and mappings
 * (the composer recurses, so deeper input would overflow the stack); {@value #MAX_COLLECTION_ALIASES} aliases of
 * lists or mappings (aliases share nodes, and walking a shared tree repeats them: the limit keeps a
 * "billion laughs" file small).
 */
final class SafeYaml {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_NESTING = 50;
    static final int MAX_COLLECTION_ALIASES = 20;

    private SafeYaml() {
    }

    /** Reads the stream (not closed) as UTF-8; an empty document gives an empty result and no diagnostic. */
    static Optional<Node> read(InputStream in, String source, List<Diagnostic> out) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            out.add(error(source, "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
        if (bytes.length > MAX_BYTES) {
            out.add(error(source, "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB"));
            return Optional.empty();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return parse(text, source, out);
        } catch (CharacterCodingException e) {
            out.add(error(source, "the file is not UTF-8 text: save it as UTF-8 in your editor"));
            return Optional.empty();
        }
    }

    static Optional<Node> parse(String text, String source, List<Diagnostic> out) {
        if (text.length() > MAX_BYTES) {
            out.add(error(source, "the text is longer than " + MAX_BYTES + " characters"));
            return Optional.empty();
        }
        String yaml = text.startsWith("\uFEFF") ? text.substring(1) : text;
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source)
                .setSchema(new CoreSchema())
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
                .setCodePointLimit(MAX_BYTES)
                .setUseMarks(true)
                .build();
        try {
            if (!nestingWithinLimit(yaml, settings, source, out)) {
                return Optional.empty();
            }
            return new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            out.add(syntaxError(source, e));
        } catch (YamlEngineException e) {
            out.add(error(source, e.getMessage()));
        }
        return Optional.empty();
    }

    /** A streaming pass over the events, which does not recurse, before the composer, which does. */
    private static boolean nestingWithinLimit(String yaml, LoadSettings settings, String source,
                                              List<Diagnostic> out) {
        int depth = 0;
        for (Event event : new Parse(settings).parseString(yaml)) {
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> depth++;
                case MappingEnd, SequenceEnd -> depth--;
                default -> {
                }
            }
            if (depth > MAX_NESTING) {
                out.add(new Diagnostic(Diagnostic.Severity.ERROR, place(source, event.getStartMark()),
                        "lists and mappings are nested more than " + MAX_NESTING + " levels deep"));
                return false;
            }
        }
        return true;
    }

    private static Diagnostic syntaxError(String source, MarkedYamlEngineException e) {
        Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
        String message = "YAML syntax: " + e.getProblem()
                + (e.getContext() == null ? "" : " (" + e.getContext() + ")") + hint(e.getProblem());
        return new Diagnostic(Diagnostic.Severity.ERROR, place(source, mark), message);
    }

    /** The parser's words for the two mistakes people make most when editing by hand. */
    private static String hint(String problem) {
        if (problem == null) {
            return "";
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return ". Text containing ': ' must be in quotes, or written on the next lines after '>-'";
        }
        if (problem.contains("<block end>") || problem.contains("<block mapping start>")) {
            return ". Check the indentation: keys of one code start in the same column";
        }
        return "";
    }

    private static String place(String source, Optional<Mark> mark) {
        return mark.map(m -> Places.of(source, m.getLine() + 1, m.getColumn() + 1, null))
                .orElse(Places.of(source, 0, 0, null));
    }

    private static Diagnostic error(String source, String message) {
        return new Diagnostic(Diagnostic.Severity.ERROR, Places.of(source, 0, 0, null), message);
    }
}
