package org.terrain.corpus.coding;

import org.terrain.corpus.model.Span;
import org.terrain.corpus.search.SearchHit;

/**
 * A search hit that auto-coding may code, for the user to review before: the occurrence, the stretch that
 * coding it would code (the hit, or its sentence, turn or paragraph), and whether an interviewer said it
 * (auto-coding leaves interviewers out unless asked, as the contrast does).
 *
 * @param span code points of the hit's source
 */
public record CodingCandidate(SearchHit hit, Span span, boolean interviewer) {
}
