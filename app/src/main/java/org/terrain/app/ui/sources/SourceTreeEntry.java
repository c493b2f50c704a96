package org.terrain.app.ui.sources;

import java.util.List;

/** A line of the sources tree, already worded: a group of one kind, or a source in it. */
public sealed interface SourceTreeEntry {
    String label();

    /** A kind of source, labelled with its count: "Entretiens (2)". */
    record Group(String label, List<Item> items) implements SourceTreeEntry {
    }

    /** @param name the source's name in the store, its identity */
    record Item(String name, String detail) implements SourceTreeEntry {
        @Override
        public String label() {
            return name;
        }
    }
}
