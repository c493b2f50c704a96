package org.terrain.app.ui.document;

/**
 * The part of a coding's stripe on one paragraph of the document (a turn, in a transcript).
 *
 * @param start       where the coding starts in the paragraph, in UTF-16 units from its start
 * @param end         where it ends in the paragraph, exclusive
 * @param startsHere  whether the coding starts in this paragraph (the stripe's top is rounded)
 * @param endsHere    whether it ends in this paragraph
 */
public record MarginMark(Coding coding, int start, int end, boolean startsHere, boolean endsHere) {
    public int lane() {
        return coding.lane();
    }
}
