package org.terrain.codingschemes;

import java.util.List;

/**
 * One code of a codebook with what makes it usable by several coders: a definition, when to use it
 * (inclusion), when not to (exclusion, usually naming the code to use instead) and an example quotation.
 *
 * @param color {@code #RRGGBB}, or null to let the project choose
 */
public record CodeDefinition(String name, String color, String definition, String inclusion, String exclusion,
                             String example, List<CodeDefinition> children) {
    public CodeDefinition {
        children = List.copyOf(children);
    }
}
