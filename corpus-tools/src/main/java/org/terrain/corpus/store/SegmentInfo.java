package org.terrain.corpus.store;

import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.CodedSegment;

/** A coded segment as listings show it: with its source's name, its code's path and its text. */
public record SegmentInfo(CodedSegment segment, String source, CodePath code, String text) {
}
