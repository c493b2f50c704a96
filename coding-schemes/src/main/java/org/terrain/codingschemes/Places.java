package org.terrain.codingschemes;

import java.util.ArrayList;
import java.util.List;

/**
 * How diagnostics name a place: {@code file.yaml:12:5, code Pratiques/Sécurité}, with whatever parts are known
 * (editors jump to {@code file:line:column}; researchers recognise the code path).
 */
final class Places {
    private Places() {
    }

    /**
     * @param source file name, or null
     * @param line   1-based, or 0 when unknown
     * @param column 1-based, or 0 when unknown
     * @param code   the code concerned, or null
     */
    static String of(String source, int line, int column, CodePath code) {
        List<String> parts = new ArrayList<>();
        if (source != null) {
            parts.add(source + (line > 0 ? ":" + line : "") + (line > 0 && column > 0 ? ":" + column : ""));
        }
        if (code != null) {
            parts.add("code " + code);
        }
        return parts.isEmpty() ? "codebook" : String.join(", ", parts);
    }

    /**
     * The path of the {@code index}-th child of {@code parent} (null for a top-level code). A code without a
     * name cannot have a real path, so it gets a placeholder that still says where it is.
     */
    static CodePath pathOf(CodePath parent, String name, int index) {
        String shown = name == null || name.isBlank() ? "(unnamed code " + (index + 1) + ")" : name.strip();
        return parent == null ? CodePath.of(shown) : parent.child(shown);
    }
}
