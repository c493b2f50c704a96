package org.terrain.app.ui.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.SpeakerRole;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.pseudonym.PositionMap;
import org.terrain.corpus.pseudonym.PseudonymMatcher;
import org.terrain.corpus.pseudonym.PseudonymTable;
import org.terrain.corpus.pseudonym.Pseudonymised;

/**
 * A source as a pseudonymised export writes it, for reading in the document pane: its text through the
 * pseudonym table of its case (the project's entries otherwise), its turns, speakers, name, case and attribute
 * values likewise, and where each position of the real text went, so that codings and revealed passages are laid
 * at their places. Built off the FX thread.
 *
 * @param source  the pseudonymised source (same id and text version as the real one)
 * @param map     from the real text's positions (code points) to the shown text's
 * @param matcher what replaced the names, for the memos shown over the codings
 * @param entries how many entries the table has (0: nothing to replace)
 */
record PseudonymisedReading(Source source, PositionMap map, PseudonymMatcher matcher, int entries) {

    static PseudonymisedReading of(Source real, PseudonymTable table) {
        PseudonymMatcher matcher = table.matcherFor(real.caseName());
        Pseudonymised text = matcher.apply(real.text());
        PositionMap map = text.positions();
        List<Turn> turns = real.turns().stream().map(turn -> new Turn(turn.ordinal(), matcher.replace(turn.speaker()),
                turn.timeMs(), mapped(turn.label(), map), mapped(turn.speech(), map))).toList();
        Map<String, String> attributes = new LinkedHashMap<>();
        real.attributes().forEach((name, value) -> attributes.put(name, matcher.replace(value)));
        Map<String, SpeakerRole> roles = new LinkedHashMap<>();
        real.speakerRoles().forEach((speaker, role) -> roles.put(matcher.replace(speaker), role));
        Source shown = new Source(real.id(), real.guid(), matcher.replaceFileName(real.name()), real.kind(),
                matcher.replace(real.caseName()), text.text(), real.textVersion(), turns, attributes, roles,
                real.imported());
        return new PseudonymisedReading(shown, map, matcher, table.entries().size());
    }

    /** Where a stretch of the real text is in the shown one. */
    static Span mapped(Span span, PositionMap map) {
        return new Span(map.start(span.start()), map.end(span.end()));
    }
}
