package org.terrain.corpus.importing;

import java.util.Map;
import org.terrain.corpus.model.SourceKind;

/**
 * How to import: the kind (null: interview when turns are found, else other), the case, attributes for
 * every imported source, and turn detection for plain text. With {@code caseFromFolder}, each file's case is
 * the folder it sits in ({@link CaseGuess}) and {@code caseName} is not used.
 */
public record ImportOptions(SourceKind kind, String caseName, Map<String, String> attributes, TurnMode turns,
                            boolean caseFromFolder) {
    public ImportOptions(SourceKind kind, String caseName, Map<String, String> attributes, TurnMode turns) {
        this(kind, caseName, attributes, turns, false);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, null, Map.of(), TurnMode.AUTO);
    }
}
