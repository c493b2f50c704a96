package org.terrain.corpus.model;

import java.time.Instant;

/**
 * A stretch of a source's text coded with one code. Positions are code points of the source's text at
 * {@code textVersion}; an edit of the text re-anchors them and bumps the version.
 */
public record CodedSegment(long id, String guid, long sourceId, long codeId, Span span, int textVersion,
                           String coder, Instant created, Instant modified, String memo) {
}
