package org.terrain.corpus.store;

import org.terrain.corpus.model.Memo;

/**
 * A memo as listings show it: with what it is about, in words (the source's name, the code's path, the project's
 * name; for a segment's memo the code's path and the source's name), and for a segment the coded words.
 *
 * @param about null for a journal entry
 * @param quote the segment's text, or null
 */
public record MemoInfo(Memo memo, String about, String quote) {
}
