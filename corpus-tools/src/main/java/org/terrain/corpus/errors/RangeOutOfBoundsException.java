package org.terrain.corpus.errors;

/** A range outside the source's text (positions are code points, end exclusive). */
public class RangeOutOfBoundsException extends TerrainException {
    public RangeOutOfBoundsException(String source, int start, int end, int length) {
        super("range_out_of_bounds", Category.ACTION_NEEDED, source, start, end, length);
    }
}
