package org.terrain.codingschemes;

import java.util.ArrayList;
import java.util.List;

/**
 * The path of a code in the codebook tree: names joined with {@code /}, a {@code /} inside a name written
 * {@code \/} (and a backslash {@code \\}), as the command-line contract says. {@code Pratiques/Travail à l'usine}
 * is the code "Travail à l'usine" under "Pratiques".
 */
public record CodePath(List<String> names) {
    public CodePath {
        // NFC, as every text of a project: « Sécurité » typed on macOS (decomposed) is the same code.
        names = names.stream().map(n -> java.text.Normalizer.normalize(n, java.text.Normalizer.Form.NFC)).toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a code path needs at least one name");
        }
        for (String name : names) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("a code name cannot be empty");
            }
        }
    }

    /** Parses a written path; blank names (as in {@code a//b} or a trailing {@code /}) are refused. */
    public static CodePath parse(String written) {
        List<String> names = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '\\' && i + 1 < written.length()
                    && (written.charAt(i + 1) == '/' || written.charAt(i + 1) == '\\')) {
                current.append(written.charAt(++i));
            } else if (c == '/') {
                names.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        names.add(current.toString().strip());
        return new CodePath(names);
    }

    public static CodePath of(String... names) {
        return new CodePath(List.of(names));
    }

    public String name() {
        return names.getLast();
    }

    public boolean isRoot() {
        return names.size() == 1;
    }

    public CodePath parent() {
        if (isRoot()) {
            throw new IllegalStateException("a root code has no parent");
        }
        return new CodePath(names.subList(0, names.size() - 1));
    }

    public CodePath child(String name) {
        List<String> more = new ArrayList<>(names);
        more.add(name);
        return new CodePath(more);
    }

    /** The written form, escaping {@code /} and {@code \} inside names. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(name.replace("\\", "\\\\").replace("/", "\\/"));
        }
        return out.toString();
    }
}
