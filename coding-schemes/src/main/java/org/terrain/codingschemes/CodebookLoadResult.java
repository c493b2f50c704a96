package org.terrain.codingschemes;

import java.util.List;
import java.util.Optional;

/**
 * What loading a codebook file gave: the codebook as far as it could be read, and every problem found.
 *
 * @param codebook empty only when the file could not be read as a codebook at all (unreadable, YAML syntax
 *                 error, not a mapping); present otherwise, even with errors, so that it can be previewed
 * @param diagnostics problems in file order for the file's shape, then the validator's, in tree order
 */
public record CodebookLoadResult(Optional<Codebook> codebook, List<Diagnostic> diagnostics) {
    public CodebookLoadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** When true, do not install the codebook: fix the file first. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }
}
