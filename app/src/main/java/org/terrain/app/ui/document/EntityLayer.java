package org.terrain.app.ui.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The named entities of the shown source, laid over its text on demand: the mentions, and their types as one
 * {@link StyleSpans} covering the whole text, computed off the FX thread. The view overlays it on the codings'
 * styles, so that tints and margins stay as they are. Immutable.
 *
 * @param state what there is to show: nothing asked, no analysis of this text yet, an analysis without
 *              entities, or the entities (maybe none)
 * @param types runs whose only meaningful part is {@link RunStyle#entity()} (null where there is none):
 *              RichTextFX overlays spans of one style type only
 */
public record EntityLayer(State state, List<EntityMark> marks, StyleSpans<RunStyle> types) {
    public enum State {
        /** Entities not asked for (the default). */
        HIDDEN,
        /** The source has no language analysis of its present text. */
        NOT_ANALYSED,
        /** Analysed without the entities ({@code terrain annotate --annotators pos,lemma}). */
        NO_ENTITIES,
        SHOWN
    }

    public static final EntityLayer HIDDEN = new EntityLayer(State.HIDDEN, List.of(), null);

    public static EntityLayer of(State state) {
        return new EntityLayer(state, List.of(), null);
    }

    /** The mentions over a text of {@code length} UTF-16 units; overlapping mentions keep the first. */
    public static EntityLayer shown(int length, List<EntityMark> marks) {
        List<EntityMark> sorted = marks.stream().filter(m -> m.range().end() <= length)
                .sorted(Comparator.comparingInt(m -> m.range().start())).toList();
        StyleSpansBuilder<RunStyle> builder = new StyleSpansBuilder<>();
        int at = 0;
        List<EntityMark> kept = new ArrayList<>();
        for (EntityMark mark : sorted) {
            if (mark.range().start() < at || mark.range().isEmpty()) {
                continue;
            }
            if (mark.range().start() > at) {
                builder.add(RunStyle.PLAIN, mark.range().start() - at);
            }
            builder.add(RunStyle.PLAIN.withEntity(mark.type()), mark.range().length());
            at = mark.range().end();
            kept.add(mark);
        }
        // A StyleSpans is never empty: an empty text still gets its one empty run.
        if (at < length || kept.isEmpty()) {
            builder.add(RunStyle.PLAIN, length - at);
        }
        return new EntityLayer(State.SHOWN, List.copyOf(kept), builder.create());
    }

    /** The codings' styles with the entity types over them; the codings' styles alone when none are shown. */
    public StyleSpans<RunStyle> over(StyleSpans<RunStyle> styles) {
        if (types == null || types.length() != styles.length()) {
            return styles;
        }
        return styles.overlay(types, (run, type) -> type.isEntity() ? run.withEntity(type.entity()) : run);
    }

    /** The mentions covering the character at {@code index}. */
    public List<EntityMark> at(int index) {
        return marks.stream().filter(m -> m.range().contains(index)).toList();
    }
}
