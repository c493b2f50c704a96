package org.terrain.corpus.exchange;

import java.util.ArrayList;
import java.util.List;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;

/**
 * Turns as the text value of the {@code terrain:turns} variable: one line per turn,
 * {@code ordinal,timeMs,labelStart,labelEnd,speechStart,speechEnd,speaker} (code points of the exported text;
 * the speaker last, so it may hold commas). Other tools show it as an opaque text attribute.
 */
final class TurnCodec {
    private TurnCodec() {
    }

    static String encode(List<Turn> turns) {
        StringBuilder out = new StringBuilder();
        for (Turn t : turns) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(t.ordinal()).append(',').append(t.timeMs()).append(',').append(t.label().start()).append(',')
                    .append(t.label().end()).append(',').append(t.speech().start()).append(',')
                    .append(t.speech().end()).append(',').append(t.speaker().replace('\n', ' '));
        }
        return out.toString();
    }

    /** The turns, or an empty list when the value is not ours or does not fit a text of {@code length}. */
    static List<Turn> decode(String value, int length) {
        List<Turn> turns = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return turns;
        }
        try {
            for (String line : value.replace("\r\n", "\n").split("\n")) {
                String[] f = line.split(",", 7);
                Turn turn = new Turn(Integer.parseInt(f[0]), f[6], Long.parseLong(f[1]),
                        new Span(Integer.parseInt(f[2]), Integer.parseInt(f[3])),
                        new Span(Integer.parseInt(f[4]), Integer.parseInt(f[5])));
                if (turn.speech().end() > length || turn.label().end() > length) {
                    return List.of();
                }
                turns.add(turn);
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return turns;
    }
}
