package org.terrain.app.ui.sources;

import java.util.List;
import java.util.stream.Stream;

/** A line of the sources tree, already worded: a kind of source, a case within it, or a source. */
public sealed interface SourceTreeEntry {
    String label();

    /**
     * A kind of source, labelled with its count: "Entretiens (2)".
     *
     * @param children its cases, then the sources that belong to no case
     */
    record Group(String label, List<SourceTreeEntry> children) implements SourceTreeEntry {
        /** Every source of the kind, its cases' included, in tree order. */
        public List<Item> items() {
            return children.stream().flatMap(child -> switch (child) {
                case Item item -> Stream.of(item);
                case Case group -> group.items().stream();
                case Group nested -> nested.items().stream();
            }).toList();
        }
    }

    /** A case (a person, a site) within a kind, labelled with its count: "Martine (2)". */
    record Case(String label, String caseName, List<Item> items) implements SourceTreeEntry {
    }

    /** @param name the source's name in the store, its identity */
    record Item(String name, String detail) implements SourceTreeEntry {
        @Override
        public String label() {
            return name;
        }
    }
}
