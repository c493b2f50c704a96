package org.terrain.corpus.coding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.terrain.codingschemes.CodePath;
import org.terrain.codingschemes.DemoCoding;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.OperationKind;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.text.CanonicalText;
import org.terrain.corpus.text.CodePointIndex;

/**
 * Codes quotations: each entry names a source, a code and the exact words to code (found once in the text),
 * with an optional memo. How the demo project is coded from {@code src/demo-corpus/demo-coding.yaml}.
 */
public final class QuoteCoder {
    private final ProjectStore store;

    public QuoteCoder(ProjectStore store) {
        this.store = store;
    }

    /**
     * Codes every entry whose quotation is found once, as whoever acts through the store (the demo project acts
     * as « démo »); returns how many were coded.
     */
    public int code(List<DemoCoding.Entry> entries) {
        int coded = 0;
        for (DemoCoding.Entry entry : entries) {
            String text = store.sources().get(entry.source()).text();
            String quote = CanonicalText.of(entry.quote());
            OptionalInt at = new DemoCoding.Entry(entry.source(), entry.codePath(), quote, entry.memo()).findIn(text);
            if (at.isEmpty()) {
                continue;
            }
            CodePointIndex index = new CodePointIndex(text);
            int start = index.toCodePoint(at.getAsInt());
            int end = index.toCodePoint(at.getAsInt() + quote.length());
            Map<String, List<Span>> spans = new LinkedHashMap<>();
            spans.put(entry.source(), List.of(new Span(start, end)));
            CodePath code = entry.codePath();
            store.segments().codeMany(spans, code, entry.memo(), OperationKind.CODING.with(code, entry.source(), 1));
            coded++;
        }
        return coded;
    }
}
