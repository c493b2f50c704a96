package org.terrain.codingschemes;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each code of a loaded codebook was written, so that the validator can point at a line. Keyed by identity:
 * two duplicate sibling codes are equal records but stand on different lines.
 */
final class CodeLines {
    private final String source;
    private final Map<CodeDefinition, Integer> lines = new IdentityHashMap<>();
    private final Map<CodeGroup, Integer> groupLines = new IdentityHashMap<>();

    CodeLines(String source) {
        this.source = source;
    }

    /** For a codebook built in memory: places name the code only. */
    static CodeLines none() {
        return new CodeLines(null);
    }

    void put(CodeDefinition code, int line) {
        lines.put(code, line);
    }

    /** 1-based, or 0 when unknown. */
    int line(CodeDefinition code) {
        return lines.getOrDefault(code, 0);
    }

    String place(CodeDefinition code, CodePath path) {
        return Places.of(source, line(code), 0, path);
    }

    void put(CodeGroup group, int line) {
        groupLines.put(group, line);
    }

    /** Where a group was written, and its name. */
    String place(CodeGroup group) {
        return Places.of(source, groupLines.getOrDefault(group, 0), 0, null) + ", group '" + group.name() + "'";
    }

    String codebookPlace() {
        return Places.of(source, 0, 0, null);
    }
}
