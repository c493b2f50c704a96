package org.terrain.corpus.importing;

import java.util.Map;
import org.terrain.corpus.model.SourceKind;

/**
 * How to import: the kind (null: interview when turns are found, else other), the case, attributes for
 * every imported source, and turn detection for plain text.
 */
public record ImportOptions(SourceKind kind, String caseName, Map<String, String> attributes, TurnMode turns) {
    public static ImportOptions defaults() {
        return new ImportOptions(null, null, Map.of(), TurnMode.AUTO);
    }
}
