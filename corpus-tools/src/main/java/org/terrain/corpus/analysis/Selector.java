package org.terrain.corpus.analysis;

import java.util.ArrayList;
import java.util.List;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.SourceKind;

/**
 * One side of a contrast, as the command line writes it: {@code kind=interview}, {@code case=NAME},
 * {@code attr:KEY=VALUE}, {@code code=PATH}, {@code speaker=LABEL}, {@code set=NAME} (the sources of a set, as
 * ATLAS.ti's document groups arrive), several joined with {@code &} (all must hold), or {@code rest} (the project
 * minus the other side).
 */
public sealed interface Selector {
    /** The project minus the other side. */
    record Rest() implements Selector {
    }

    /** Every condition holds. */
    record All(List<Condition> conditions) implements Selector {
    }

    sealed interface Condition {
    }

    record Kind(SourceKind kind) implements Condition {
    }

    record Case(String name) implements Condition {
    }

    record Attribute(String key, String value) implements Condition {
    }

    /** Words wholly inside the union of the text spans of the code's segments (its sub-codes included). */
    record Code(CodePath path) implements Condition {
    }

    record Speaker(String label) implements Condition {
    }

    /** The sources of a set (its codes are not a side: use {@code code=} for them). */
    record SourceSet(String name) implements Condition {
    }

    static Selector parse(String written) {
        String text = written.strip();
        if (text.equals("rest")) {
            return new Rest();
        }
        List<Condition> conditions = new ArrayList<>();
        for (String part : text.split("&")) {
            conditions.add(condition(part.strip(), written));
        }
        return new All(conditions);
    }

    private static Condition condition(String part, String written) {
        if (part.startsWith("attr:")) {
            int eq = part.indexOf('=');
            if (eq > 5 && eq < part.length() - 1) {
                return new Attribute(part.substring(5, eq).strip(), part.substring(eq + 1).strip());
            }
        } else {
            int eq = part.indexOf('=');
            if (eq > 0 && eq < part.length() - 1) {
                String key = part.substring(0, eq).strip();
                String value = part.substring(eq + 1).strip();
                switch (key) {
                    case "kind":
                        return new Kind(SourceKind.parse(value).orElseThrow(() -> new UsageException("bad_kind", value)));
                    case "case":
                        return new Case(value);
                    case "code":
                        try {
                            return new Code(CodePath.parse(value));
                        } catch (IllegalArgumentException e) {
                            throw new UsageException("bad_code_path", value);
                        }
                    case "speaker":
                        return new Speaker(value);
                    case "set":
                        return new SourceSet(value);
                    default:
                        break;
                }
            }
        }
        throw new UsageException("bad_selector", written, part);
    }
}
