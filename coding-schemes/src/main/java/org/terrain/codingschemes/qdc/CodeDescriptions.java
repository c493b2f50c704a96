package org.terrain.codingschemes.qdc;

import java.util.ArrayList;
import java.util.List;

/**
 * How a code's definition, inclusion and exclusion criteria and example share REFI-QDA's single
 * {@code Description}: the definition first, then each other part as a paragraph that starts with its label
 * ({@code Inclusion: …}, {@code Exclusion: …}, {@code Example: …}). Another tool shows it all as text; Terrain
 * reads the parts back.
 */
public final class CodeDescriptions {
    static final String INCLUSION = "Inclusion: ";
    static final String EXCLUSION = "Exclusion: ";
    static final String EXAMPLE = "Example: ";

    /** The parts of one description; any may be null. */
    public record Parts(String definition, String inclusion, String exclusion, String example) {
    }

    private CodeDescriptions() {
    }

    public static String compose(Parts parts) {
        List<String> paragraphs = new ArrayList<>();
        if (parts.definition() != null && !parts.definition().isEmpty()) {
            paragraphs.add(parts.definition());
        }
        if (parts.inclusion() != null) {
            paragraphs.add(INCLUSION + parts.inclusion());
        }
        if (parts.exclusion() != null) {
            paragraphs.add(EXCLUSION + parts.exclusion());
        }
        if (parts.example() != null) {
            paragraphs.add(EXAMPLE + parts.example());
        }
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }

    /** Splits what {@link #compose} wrote; a description from another tool is all definition. */
    public static Parts parse(String description) {
        if (description == null) {
            return new Parts(null, null, null, null);
        }
        String text = description;
        int ex = text.lastIndexOf("\n\n" + EXAMPLE);
        String example = null;
        if (ex >= 0 || text.startsWith(EXAMPLE)) {
            int at = ex >= 0 ? ex + 2 : 0;
            example = text.substring(at + EXAMPLE.length());
            text = text.substring(0, Math.max(ex, 0));
        }
        String exclusion = null;
        int exc = text.lastIndexOf("\n\n" + EXCLUSION);
        if (exc >= 0 || text.startsWith(EXCLUSION)) {
            int at = exc >= 0 ? exc + 2 : 0;
            exclusion = text.substring(at + EXCLUSION.length());
            text = text.substring(0, Math.max(exc, 0));
        }
        String inclusion = null;
        int inc = text.lastIndexOf("\n\n" + INCLUSION);
        if (inc >= 0 || text.startsWith(INCLUSION)) {
            int at = inc >= 0 ? inc + 2 : 0;
            inclusion = text.substring(at + INCLUSION.length());
            text = text.substring(0, Math.max(inc, 0));
        }
        return new Parts(text.isEmpty() ? null : text, inclusion, exclusion, example);
    }
}
