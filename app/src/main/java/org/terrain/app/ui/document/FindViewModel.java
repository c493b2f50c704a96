package org.terrain.app.ui.document;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.terrain.app.ui.common.UiText;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.text.CodePointIndex;
import org.terrain.corpus.text.TextFinder;

/**
 * « Rechercher dans le document » (Ctrl+F) and « Rechercher et remplacer » (Ctrl+H) over the source shown: every
 * match of what is typed, ignoring case and accents as the search does, one of them current (« 2 sur 5 »),
 * next and previous going round. Replacing goes through the document's engine edit ({@link
 * DocumentViewModel#replace}), so the codings follow their words: the current match alone, or all of them as
 * one action (one undo). The matches follow the text: found again when it changes (a replacement, an undo,
 * another source), the current one then the first at or after where the last replacement ended. Finding a few
 * words in one text takes milliseconds: it runs on the FX thread, which it only ever is on.
 */
public final class FindViewModel {
    private final DocumentViewModel document;
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty replacement = new SimpleStringProperty("");
    private final ObservableList<TextRange> matches = FXCollections.observableArrayList();
    private final ObservableList<TextRange> readOnlyMatches = FXCollections.unmodifiableObservableList(matches);
    private final ReadOnlyObjectWrapper<TextRange> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    /** The matches in code points of the text they were found in, for the engine. */
    private List<Span> spans = List.of();
    private String searched = "";
    private int currentIndex = -1;
    /** After replacing one match: where the next current match is looked for (a code point), else -1. */
    private int resumeAt = -1;

    public FindViewModel(DocumentViewModel document) {
        this.document = document;
        query.addListener((observable, before, now) -> find(startAtSelection()));
        document.contentProperty().addListener((observable, before, now) -> find(resumeAt >= 0 ? resumeAt : 0));
    }

    /** Finds the query in the shown text; the current match is the first at or after code point {@code from}. */
    private void find(int from) {
        resumeAt = -1;
        String wanted = query.get() == null ? "" : query.get();
        String text = document.contentProperty().get().text();
        searched = text;
        spans = wanted.isEmpty() ? List.of() : TextFinder.find(text, wanted);
        CodePointIndex index = new CodePointIndex(text);
        List<TextRange> ranges = new ArrayList<>(spans.size());
        for (Span span : spans) {
            ranges.add(new TextRange(index.toUtf16(span.start()), index.toUtf16(span.end())));
        }
        matches.setAll(ranges);
        select(spans.isEmpty() ? -1 : firstFrom(from));
    }

    /** The first match starting at or after {@code from}; past the last one, the first (round again). */
    private int firstFrom(int from) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).start() >= from) {
                return i;
            }
        }
        return 0;
    }

    /** Where the reader is: the start of the selection, in code points of the shown text. */
    private int startAtSelection() {
        String text = document.contentProperty().get().text();
        int at = Math.min(document.selectionProperty().get().start(), text.length());
        return text.codePointCount(0, at);
    }

    private void select(int index) {
        currentIndex = index;
        current.set(index < 0 ? null : matches.get(index));
        String wanted = query.get() == null ? "" : query.get();
        count.set(wanted.isEmpty() ? "" : matches.isEmpty() ? UiText.get("find.none")
                : UiText.get("find.count", index + 1, matches.size()));
    }

    public void next() {
        if (!matches.isEmpty()) {
            select((currentIndex + 1) % matches.size());
        }
    }

    public void previous() {
        if (!matches.isEmpty()) {
            select((currentIndex - 1 + matches.size()) % matches.size());
        }
    }

    /** Replaces the current match; the next match then becomes current. */
    public void replace() {
        if (currentIndex < 0 || !searched.equals(document.contentProperty().get().text())) {
            return;
        }
        Span span = spans.get(currentIndex);
        String with = replacement.get() == null ? "" : replacement.get();
        resumeAt = span.start() + with.codePointCount(0, with.length());
        document.replace(List.of(span), with);
    }

    /** Replaces every match, as one action. */
    public void replaceAll() {
        if (spans.isEmpty() || !searched.equals(document.contentProperty().get().text())) {
            return;
        }
        resumeAt = -1;
        document.replace(spans, replacement.get() == null ? "" : replacement.get());
    }

    /** What is looked for, as typed. */
    public StringProperty queryProperty() {
        return query;
    }

    /** What replaces it (empty: the matches are deleted). */
    public StringProperty replacementProperty() {
        return replacement;
    }

    /** Every match, in UTF-16 indices of the shown text, in order. */
    public ObservableList<TextRange> matches() {
        return readOnlyMatches;
    }

    /** The match to select and show, or null. */
    public ReadOnlyObjectProperty<TextRange> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** « 2 sur 5 », « Aucun résultat », or "" when nothing is looked for. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
