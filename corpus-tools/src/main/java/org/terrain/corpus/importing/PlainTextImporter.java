package org.terrain.corpus.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.text.CanonicalText;

/**
 * Plain text and Markdown, decoded on the fast path (no format detection); turns found per the contract.
 * Markdown is kept as written: its marks are the researcher's own and positions must match what she sees.
 */
public final class PlainTextImporter implements Importer {
    @Override
    public Set<String> extensions() {
        return Set.of("txt", "md", "markdown", "text");
    }

    @Override
    public ImportedDocument read(Path file, byte[] bytes, ImportOptions options) {
        String text = CanonicalText.of(TextDecoder.decode(bytes, file.getFileName().toString()).text());
        TurnMode mode = options.turns() == TurnMode.AUTO && options.kind() == SourceKind.INTERVIEW
                ? TurnMode.ON : options.turns();
        List<Turn> turns = TurnDetector.detect(text, mode);
        return new ImportedDocument(text, turns, Map.of());
    }
}
