package org.terrain.codingschemes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Walks a codebook's tree by code path, the way the rest of Terrain names codes. */
public final class CodeTree {
    private CodeTree() {
    }

    /**
     * Every named code by its path, parents before children, in file order. Codes without a name, and their
     * children, are left out; of two siblings with the same name the first is kept (the validator reports
     * both cases).
     */
    public static Map<CodePath, CodeDefinition> byPath(Codebook codebook) {
        Map<CodePath, CodeDefinition> out = new LinkedHashMap<>();
        collect(codebook.codes(), null, out);
        return out;
    }

    private static void collect(List<CodeDefinition> codes, CodePath parent, Map<CodePath, CodeDefinition> out) {
        for (CodeDefinition code : codes) {
            if (code.name() == null || code.name().isBlank()) {
                continue;
            }
            CodePath path = parent == null ? CodePath.of(code.name().strip()) : parent.child(code.name().strip());
            if (out.putIfAbsent(path, code) == null) {
                collect(code.children(), path, out);
            }
        }
    }
}
