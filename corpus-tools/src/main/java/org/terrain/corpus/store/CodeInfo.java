package org.terrain.corpus.store;

import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Code;

/** A code with its path in the tree and how many segments it codes. */
public record CodeInfo(Code code, CodePath path, int segments) {
}
