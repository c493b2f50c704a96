package org.terrain.app.ui.document;

import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** The matches of the find bar laid over the document's styles, as the entities are. */
final class FoundLayer {
    private static final RunStyle FOUND = RunStyle.PLAIN.withFound(true);

    private FoundLayer() {
    }

    /** {@code styles} with the runs of {@code matches} (in order, not overlapping) marked found. */
    static StyleSpans<RunStyle> over(StyleSpans<RunStyle> styles, List<TextRange> matches) {
        int length = styles.length();
        if (matches.isEmpty() || matches.getLast().end() > length) {
            return styles; // none, or found in another text than the one drawn (being corrected)
        }
        StyleSpansBuilder<RunStyle> builder = new StyleSpansBuilder<>();
        int at = 0;
        for (TextRange match : matches) {
            if (match.start() < at || match.isEmpty()) {
                continue;
            }
            if (match.start() > at) {
                builder.add(RunStyle.PLAIN, match.start() - at);
            }
            builder.add(FOUND, match.length());
            at = match.end();
        }
        if (at < length) {
            builder.add(RunStyle.PLAIN, length - at);
        }
        return styles.overlay(builder.create(), (run, mark) -> mark.found() ? run.withFound(true) : run);
    }
}
