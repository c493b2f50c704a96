package org.terrain.corpus.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.Span;

/** Parsing of option values shared by several commands. */
final class Options {
    private Options() {
    }

    /** {@code KEY=VALUE} pairs; a repeated key keeps its last value. */
    static Map<String, String> attributes(List<String> pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("bad_attr", pair);
            }
            out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return out;
    }

    /** {@code START:END} in code points, END after START. */
    static Span range(String text) {
        return range(text, false);
    }

    /** The same; with {@code emptyAllowed}, {@code START:START} (an insertion point) too. */
    static Span range(String text, boolean emptyAllowed) {
        String[] parts = text.split(":", -1);
        try {
            if (parts.length == 2) {
                int start = Integer.parseInt(parts[0].strip());
                int end = Integer.parseInt(parts[1].strip());
                if (start >= 0 && (end > start || emptyAllowed && end == start)) {
                    return new Span(start, end);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("bad_range", text);
    }
}
