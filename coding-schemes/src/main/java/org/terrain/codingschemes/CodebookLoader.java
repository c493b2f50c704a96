package org.terrain.codingschemes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Loads a codebook from its YAML file (format in the module's README) and validates it. Never throws on a bad
 * file: whatever is wrong comes back as diagnostics with its place, all of them at once.
 */
public final class CodebookLoader {
    private CodebookLoader() {
    }

    public static CodebookLoadResult load(Path file) {
        String source = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, source);
        } catch (IOException e) {
            return new CodebookLoadResult(Optional.empty(), List.of(new Diagnostic(Diagnostic.Severity.ERROR,
                    source, "cannot read the file: " + e.getClass().getSimpleName() + " " + e.getMessage())));
        }
    }

    /**
     * Reads the stream to its end (at most 5 MB) without closing it.
     *
     * @param sourceName the file name to show in places, e.g. {@code mediation.yaml}
     */
    public static CodebookLoadResult load(InputStream in, String sourceName) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        return fromTree(SafeYaml.read(in, sourceName, diagnostics), sourceName, diagnostics);
    }

    public static CodebookLoadResult parse(String yaml, String sourceName) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        return fromTree(SafeYaml.parse(yaml, sourceName, diagnostics), sourceName, diagnostics);
    }

    private static CodebookLoadResult fromTree(Optional<Node> root, String source, List<Diagnostic> diagnostics) {
        if (root.isEmpty()) {
            if (diagnostics.isEmpty()) {
                diagnostics.add(new Diagnostic(Diagnostic.Severity.ERROR, source, "the file is empty"));
            }
            return new CodebookLoadResult(Optional.empty(), diagnostics);
        }
        CodeLines lines = new CodeLines(source);
        Optional<Codebook> codebook = new CodebookReader(source, lines, diagnostics).read(root.get());
        codebook.ifPresent(book -> diagnostics.addAll(CodebookValidator.validate(book, lines)));
        return new CodebookLoadResult(codebook, diagnostics);
    }
}
