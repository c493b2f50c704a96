package org.terrain.app.project;

import java.util.Map;
import org.terrain.corpus.importing.ImportOptions;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.SourceKind;

/**
 * One text of the demo corpus and how to import it.
 *
 * @param caseName the case it documents (a person, a workplace), or null
 */
public record DemoFile(String fileName, SourceKind kind, String caseName, Map<String, String> attributes) {
    /** Transcripts are read as turns whatever their share of labelled lines; prose never is. */
    public ImportOptions importOptions() {
        TurnMode turns = kind == SourceKind.INTERVIEW ? TurnMode.ON : TurnMode.OFF;
        return new ImportOptions(kind, caseName, attributes, turns);
    }
}
