package org.terrain.corpus.model;

/** A named entity found in a source: its type (PER, LOC, ORG, MISC) and where it is, in code points. */
public record EntityMention(int start, int end, String type, String text) {
}
