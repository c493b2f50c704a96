package org.terrain.app.ui.document;

import java.util.ArrayList;
import java.util.List;
import org.terrain.app.ui.common.UiText;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.store.SourceStore;

/**
 * The text the document pane shows of one source, worded and cut into pieces off the FX thread.
 *
 * @param text the source's canonical text, as the pieces put together
 */
public record DocumentContent(String sourceName, String title, String subtitle, String text,
                              List<DocumentPiece> pieces) {
    static final DocumentContent NONE = new DocumentContent(null, "", "", "", List.of());

    static DocumentContent of(Source source) {
        return new DocumentContent(source.name(), source.name(), subtitle(source), source.text(),
                DocumentPieces.of(source));
    }

    public boolean isEmpty() {
        return sourceName == null;
    }

    /** "Entretien · cas Martine · 48 tours · locuteurs : ENQ, MARTINE · lieu : Saint-Fons". */
    private static String subtitle(Source source) {
        List<String> parts = new ArrayList<>();
        parts.add(UiText.get("kind." + source.kind().id() + ".one"));
        if (source.caseName() != null) {
            parts.add(UiText.get("document.case", source.caseName()));
        }
        if (source.isTranscript()) {
            parts.add(UiText.get("document.turns", UiText.number(source.turns().size())));
            parts.add(UiText.get("document.speakers", String.join(", ", SourceStore.speakers(source))));
        } else {
            int chars = source.text().codePointCount(0, source.text().length());
            parts.add(UiText.get("document.chars", UiText.number(chars)));
        }
        source.attributes().forEach((name, value) -> parts.add(UiText.get("document.attribute", name, value)));
        return String.join(" · ", parts);
    }
}
