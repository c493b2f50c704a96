package org.terrain.corpus.pseudonym;

import java.util.List;
import org.terrain.corpus.model.EntityMention;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;

/**
 * What the suggestions read of one source: its text, where its speaker labels are (read as labels, not as
 * words), and the entities of its language analysis (empty when {@code annotate} has not run).
 *
 * @param labels the labels' spans in code points, as {@link Turn#label()}
 */
public record SuggestSource(String name, String text, List<Span> labels, List<String> speakers,
                            List<EntityMention> entities) {

    public static SuggestSource of(Source source, List<EntityMention> entities) {
        List<String> speakers = source.turns().stream().map(Turn::speaker).distinct().toList();
        return new SuggestSource(source.name(), source.text(), source.turns().stream().map(Turn::label).toList(),
                speakers, entities);
    }
}
